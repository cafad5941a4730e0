/**
 * The report as a list of cleaned, non-empty lines that remember where they came from,
 * and the page-break rejoining that turns body lines into paragraphs.
 */
import { LINE_END_RE } from './chars.ts';
import { cleanLine, isPageNumberLine } from './clean.ts';
import { readDateLine } from './dates.ts';
import { isPureHeading, readMarker } from './markers.ts';
import { classifyHeading } from './classify.ts';
import { orgsInLine } from './orgs.ts';
import { toSimplified } from './simplify.ts';

export interface Line {
	/** Cleaned text. */
	text: string;
	/** 1-based line number in the source file. */
	line: number;
}

export function toLines(text: string): Line[] {
	const out: Line[] = [];
	text.split('\n').forEach((raw, i) => {
		if (isPageNumberLine(raw)) return;
		const cleaned = cleanLine(raw);
		if (cleaned) out.push({ text: cleaned, line: i + 1 });
	});
	return out;
}

/** 特此报告。 and friends. */
export function isSignOff(text: string): boolean {
	return /^特此(报告|汇报)[。！!.]?$/.test(toSimplified(text));
}

/** (联系人：张琼；联系电话：…) */
export function isContactLine(text: string): boolean {
	return /^[（(]?\s*(联系人|联系电话|联系方式)/.test(toSimplified(text)) && text.length <= 80;
}

/** Lines that may close a report: sign-off, signature organ, date, contact. */
export function isClosingLine(text: string): boolean {
	return isSignOff(text) || readDateLine(text) !== null || isContactLine(text) || orgsInLine(text).length > 0;
}

/** A short unnumbered line that names a part (党政主要负责人履行…职责情况) is a heading, not cut text. */
function isPartHeadingLine(text: string): boolean {
	return text.length <= 24 && classifyHeading(text).length > 0;
}

/** Shorter unpunctuated lines are labels or signatures, not text cut by a page break. */
const MIN_CUT_LINE = 15;

function continues(prev: string, next: string): boolean {
	if (LINE_END_RE.test(prev) || prev.length < MIN_CUT_LINE) return false;
	if (isPureHeading(prev) || isClosingLine(prev) || isPartHeadingLine(prev)) return false;
	return readMarker(next) === null && !isClosingLine(next);
}

/**
 * Rejoins text split by page breaks: a line that does not end a sentence followed by one that
 * is not a heading is the same paragraph (预防未成年人犯 / 罪法 → 预防未成年人犯罪法).
 */
export function rejoinPageBreaks(lines: Line[]): Line[] {
	const out: Line[] = [];
	for (const l of lines) {
		const prev = out.at(-1);
		if (prev && continues(prev.text, l.text)) prev.text += /[A-Za-z0-9]$/.test(prev.text) && /^[A-Za-z0-9]/.test(l.text) ? ` ${l.text}` : l.text;
		else out.push({ ...l });
	}
	return out;
}
