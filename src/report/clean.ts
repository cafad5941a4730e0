/**
 * Line-level cleaning: extraction debris out, spacing and half-width punctuation fixed.
 * Never removes any other non-whitespace character (see tests/unit/clean.test.ts property).
 */
import { CJK, CJK_RE, HAN } from './chars.ts';

/** Word/PDF extraction leftovers that are not report text. */
const DEBRIS_RES = [/\[bookmark:[^\]]*\]/g, /[\u200b-\u200d\u2060\ufeff\u00ad]/g];
/** Lines that are only a page number (— 3 —, - 12 -, 第 2 页 共 5 页). */
const PAGE_NUMBER_RE = /^[-—–－\s]*\d{1,3}[-—–－\s]*$|^第\s*\d+\s*页(\s*[，,]?\s*共\s*\d+\s*页)?$/;

const SPACE_CJK_DIGIT = new RegExp(`([${CJK}])[ \\t]+(?=[0-9０-９%％])`, 'g');
const SPACE_DIGIT_CJK = new RegExp(`([0-9０-９%％])[ \\t]+(?=[${CJK}])`, 'g');
const SPACE_AROUND_PUNCT = new RegExp(`[ \\t]*([\\u3001\\u3002\\uff0c\\uff1a\\uff1b\\uff01\\uff1f\\u201c\\u201d\\uff08\\uff09\\u300a\\u300b\\u3014\\u3015])[ \\t]*`, 'g');

export function stripDebris(line: string): string {
	let out = line;
	for (const re of DEBRIS_RES) out = out.replace(re, '');
	return out;
}

export function isPageNumberLine(line: string): boolean {
	const t = line.trim();
	return t.length > 0 && PAGE_NUMBER_RE.test(t);
}

/** Fold odd spaces, drop indents and the ASCII spaces extraction puts between CJK and digits (`2021 年`). */
export function normalizeSpacing(line: string): string {
	return line
		.replace(/[\u00a0\u2002-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim()
		.replace(SPACE_CJK_DIGIT, '$1')
		.replace(SPACE_DIGIT_CJK, '$1')
		.replace(SPACE_AROUND_PUNCT, '$1');
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
const PUNCT_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])[,:;?!]|[,:;?!](?=[${CJK}])`, 'g');
const PAREN_GROUP = /\(([^()]*)\)/g;

/** Half-width `,` `:` `(五)` in Chinese text are full-width ones typed on the wrong keyboard. */
export function normalizePunctuation(line: string): string {
	return line
		.replace(PUNCT_NEXT_TO_CJK, (p) => HALF_TO_FULL[p] ?? p)
		.replace(PAREN_GROUP, (whole, inner: string) => (CJK_RE.test(inner) ? `（${inner}）` : whole));
}

export function cleanLine(line: string): string {
	return normalizePunctuation(normalizeSpacing(stripDebris(line)));
}

/** For matching only: the same text with every kind of whitespace removed. */
export function compact(s: string): string {
	return s.replace(/\s+/g, '');
}

export const HAN_ONLY_RE = new RegExp(`^[${HAN}]+$`);
