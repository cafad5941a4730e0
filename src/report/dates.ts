/** Dates as written in signature lines: 2024年1月10日, 二〇二四年一月十日, 2024.1.10. */

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二〇二四 → 2024; 十二 → 12; 二十六 → 26; 十 → 10. */
export function chineseNumber(s: string): number | null {
	if (/^[0-9]+$/.test(s)) return Number(s);
	if (s.includes('十')) {
		const [tens, ones] = s.split('十');
		const t = tens ? DIGIT[tens] : 1;
		const o = ones ? DIGIT[ones] : 0;
		return t === undefined || o === undefined ? null : t * 10 + o;
	}
	let n = 0;
	for (const ch of s) {
		const d = DIGIT[ch];
		if (d === undefined) return null;
		n = n * 10 + d;
	}
	return n;
}

const NUM = '[0-9]{1,4}|[〇零Ｏ○一二三四五六七八九十]{1,4}';
const DATE_LINE_RE = new RegExp(`^(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日(?:印发|印|发)?$`);
const DOTTED_DATE_RE = /^(\d{4})[.．/-](\d{1,2})[.．/-](\d{1,2})$/;

/** ISO date of a line that is only a date, else null. */
export function readDateLine(line: string): string | null {
	const t = line.replace(/\s+/g, '');
	const m = t.match(DATE_LINE_RE) ?? t.match(DOTTED_DATE_RE);
	if (!m) return null;
	const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map(chineseNumber);
	if (y == null || mo == null || d == null || y < 1990 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
	return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A year written in Chinese digits before 年 (二〇二〇年, 二○二三年度). */
const CHINESE_YEAR_RE = /[〇零Ｏ○一二三四五六七八九]{4}(?=\s*年)/g;

/** The same text with years written in Chinese digits turned into Arabic ones (二〇二〇年 → 2020年), for matching only. */
export function arabicYears(text: string): string {
	return text.replace(CHINESE_YEAR_RE, (y) => String(chineseNumber(y) ?? y));
}
