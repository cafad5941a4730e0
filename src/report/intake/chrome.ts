/**
 * Lines that publishing adds around a report and that are never report text: page numbers
 * and running headers of a printed document, and a portal's navigation, metadata, tools
 * and footer. Each rule matches a whole line, so a sentence that merely mentions 打印 or
 * 主办单位 is kept.
 */
import { isPageNumberLine } from '../clean.ts';

/** Page numbers beyond clean.ts's own (— 3 —, -3-, 第3页 共9页): 共9页 第3页, 3/9, Page 3. */
const MORE_PAGE_NUMBERS = /^(共\s*\d+\s*页\s*[，,]?\s*第\s*\d+\s*页|\d{1,3}\s*\/\s*\d{1,3}|(page|Page|PAGE)\s*\d{1,3}(\s*of\s*\d{1,3})?)$/;

/** Portal lines, each anchored at both ends. */
const PORTAL_LINES: RegExp[] = [
	/^(您(当前)?的?位置|当前位置|所在位置)[：:]/,
	/^(索引号|主题分类|发文机关|发布机构|信息来源|来源|发布日期|发布时间|成文日期|生效日期|有效性|公开方式|公开范围|文号|浏览次数|访问量|阅读次数|作者|责任编辑|编辑)[：:].{0,80}$/,
	/^【?\s*字[体号][：:]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?\s*】?$/,
	/^([【\[]?\s*(打印(本页|此页|文章)?|关闭(窗口|本页)?|收藏|分享(到)?|返回顶部|保存|纠错)\s*[】\]]?\s*){1,6}$/,
	/^(分享到|扫一扫)[：:]?.{0,30}$/,
	/^(上一篇|下一篇|上一条|下一条)[：:].{0,80}$/,
	/^(相关链接|相关文章|相关阅读|相关信息|相关文件|附件下载|扫一扫在手机打开当前页)[：:]?$/,
	/^(主办单位|承办单位|主办|承办|技术支持|联系我们|网站地图|版权所有|网站标识码|政府网站标识码)[：:].{0,120}$/,
	/[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]ICP备\s*\d+号(-\d+)?/,
	/^.{0,40}公网安备\s*\d+号$/,
];

/** True for a line that only a page or a portal adds. */
export function isChromeLine(line: string): boolean {
	const t = line.trim();
	if (!t) return false;
	if (isPageNumberLine(t) || MORE_PAGE_NUMBERS.test(t)) return true;
	return PORTAL_LINES.some((re) => re.test(t));
}

/** Lines with chrome removed, in order. */
export function dropChrome(lines: string[]): string[] {
	return lines.filter((l) => !isChromeLine(l));
}
