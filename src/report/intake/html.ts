/**
 * A portal's article page → text. Mozilla Readability (the reader view of Firefox) finds the
 * article among navigation, breadcrumbs, tool bars, related-link lists and footers, on a DOM
 * from linkedom (a light server-side DOM). Before it runs, the page's 发布日期 and 发布机构
 * are read as evidence, and its headline kept: a report excerpt often has its title only there.
 * What Readability keeps is turned into one line per block, and chrome lines that sit inside
 * the article (打印 关闭, 字体 大 中 小) are dropped by chrome.ts.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeReport } from '../decode.ts';
import { ReportError } from '../errors.ts';
import { dropChrome } from './chrome.ts';
import type { IntakeText, PortalEvidence } from './intake.ts';

/** GB2312 and GBK pages decode as GB18030, their superset. */
const GB_CHARSETS = /^(gb2312|gbk|gb18030|x-gbk|cp936)$/i;

function declaredCharset(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1] ?? null;
}

function decodePage(bytes: Uint8Array, file: string): { html: string; encoding: string } {
	const declared = declaredCharset(bytes);
	if (declared && GB_CHARSETS.test(declared)) return { html: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	const { text, encoding } = decodeReport(bytes, file);
	return { html: text, encoding };
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'DL', 'DT', 'DD']);

/** Text of a DOM subtree, one line per block element or `<br>`. */
function blockText(node: Node, out: string[]): void {
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === 3) out.push(child.textContent ?? '');
		else if (child.nodeType === 1) {
			const tag = (child as Element).tagName.toUpperCase();
			if (tag === 'BR') out.push('\n');
			else if (tag === 'TD' || tag === 'TH') {
				blockText(child, out);
				out.push(' ');
			} else if (BLOCKS.has(tag)) {
				out.push('\n');
				blockText(child, out);
				out.push('\n');
			} else if (tag !== 'SCRIPT' && tag !== 'STYLE') blockText(child, out);
		}
	}
}

const ISO_DATE = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;

/** 发布日期：2024-01-12 / 发布时间：2024年01月12日 10:20. */
function publishedDate(text: string): string | null {
	const m = text.match(new RegExp(`(?:发布日期|发布时间|发文日期)\\s*[：:]\\s*${ISO_DATE.source}`));
	if (!m) return null;
	const [, y, mo, d] = m;
	return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** 发布机构：大足区万古镇人民政府 (up to the next field or the end of the line). */
function publisher(text: string): string | null {
	const m = text.match(/(?:发布机构|发文机关|发布单位)\s*[：:]\s*([^\s：:|｜]{2,40}?)(?=\s|$|索引号|发布日期|发布时间|主题分类|信息来源)/m);
	return m ? m[1]! : null;
}

function evidenceOf(document: Document): PortalEvidence {
	const lines: string[] = [];
	blockText(document.body ?? document.documentElement, lines);
	const text = lines.join('').replace(/[ \t\u00a0\u3000]+/g, ' ');
	const h1 = document.querySelector('h1')?.textContent?.trim() || null;
	const title = document.querySelector('title')?.textContent?.split(/[_|｜-]/)[0]?.trim() || null;
	return { headline: h1 ?? title, publishedDate: publishedDate(text), publisher: publisher(text) };
}

/** Shortest article text taken for a report; a list page or an error page has less. */
const MIN_REPORT_CHARS = 200;

export function readHtml(bytes: Uint8Array, file: string): IntakeText {
	const { html, encoding } = decodePage(bytes, file);
	const { document } = parseHTML(html);
	const evidence = evidenceOf(document);
	const article = new Readability(document as unknown as Document, { charThreshold: MIN_REPORT_CHARS }).parse();
	const noReport = () =>
		new ReportError(file, 'is a web page with no report in it (only navigation, a list of links or too little text). Save the page of the report itself, or download its attachment.');
	if (!article?.content) throw noReport();
	const { document: content } = parseHTML(`<!DOCTYPE html><html><body>${article.content}</body></html>`);
	const parts: string[] = [];
	blockText(content.body, parts);
	let lines = dropChrome(parts.join('').split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean));
	if (lines.join('').length < MIN_REPORT_CHARS) throw noReport();
	// Readability drops a heading that repeats the page title; put the headline back on top.
	const compact = (s: string) => s.replace(/\s+/g, '');
	if (evidence.headline && !compact(lines.slice(0, 12).join('')).includes(compact(evidence.headline))) lines = [evidence.headline, ...lines];
	return { text: lines.join('\n'), encoding, evidence };
}
