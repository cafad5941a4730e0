/**
 * Report shapes that the line-by-line stages would misread, brought to the usual shape first:
 * a whole report on one line (text pulled from a .docx with spaces where lines wrapped and
 * headings inline), and top-level numbers written without their separator (一主要举措和成效).
 */
import { chineseNumber } from './dates.ts';
import { HAN } from './chars.ts';
import type { Line } from './lines.ts';

const CN = '[一二三四五六七八九十]{1,3}';
/** Headings a run-on line holds inline: 一、 （一） 1. （1）, each after whitespace. */
const INLINE_HEADING = new RegExp(`\\s+(?=(?:${CN})、|[（(]${CN}[）)]|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9]{1,2}[）)])`, 'g');
const HEADING_START = new RegExp(`^(?:(?:${CN})、|[（(]${CN}[）)]|[0-9]{1,2}[.．、]|[（(][0-9]{1,2}[）)])`);
/** A line longer than this that holds several inline headings is a whole report run together. */
const RUN_ON_CHARS = 1000;
const MIN_INLINE_HEADINGS = 3;
/** Header, heading and signature lines are short and carry no sentence punctuation. */
const MAX_LABEL = 40;
const PROSE_PUNCT = /[。，！？!?]/;
const SPACE_IN_HAN = new RegExp(`(?<=[${HAN}，、；：“”（）《》])\\s+(?=[${HAN}，、；：“”（）《》])`, 'g');

const isLabel = (piece: string) => piece.length <= MAX_LABEL && !PROSE_PUNCT.test(piece);

/** Prose as one paragraph per sentence run: wrap spaces between Han characters dropped. */
function prose(text: string): string[] {
	return text
		.split(/(?<=[。！？])\s+/)
		.map((p) => p.replace(SPACE_IN_HAN, '').trim())
		.filter(Boolean);
}

/** 主要举措和成效 镇党委… → the heading, then its text: a short unpunctuated lead before a space is the heading. */
function splitHeading(segment: string): string[] {
	const space = segment.search(/\s/);
	if (space > 0 && isLabel(segment.slice(0, space))) return [segment.slice(0, space), ...prose(segment.slice(space + 1))];
	return prose(segment);
}

/** The title block before the first heading: label pieces (issuer, number, title, addressee) until prose starts. */
function splitHead(head: string): string[] {
	const out: string[] = [];
	let rest = head.trim();
	for (;;) {
		const space = rest.search(/\s/);
		if (space <= 0 || !isLabel(rest.slice(0, space))) break;
		out.push(rest.slice(0, space));
		rest = rest.slice(space).trim();
	}
	return [...out, ...prose(rest)];
}

/** The last part's text, then 特此报告 and the signature lines peeled off from the end. */
function splitTail(segment: string): string[] {
	const signOff = segment.search(/\s特此(报告|汇报)/);
	const body = signOff === -1 ? segment : segment.slice(0, signOff);
	const closing = signOff === -1 ? '' : segment.slice(signOff).trim();
	const tail: string[] = [];
	let rest = signOff === -1 ? body.trim() : closing;
	for (;;) {
		const space = rest.search(/\s\S*$/);
		const last = space === -1 ? rest : rest.slice(space + 1);
		if (space === -1 || !(isLabel(last) || /^[（(]\s*联系/.test(last))) break;
		tail.unshift(last);
		rest = rest.slice(0, space).trimEnd();
	}
	if (signOff === -1) return [...splitHeading(rest), ...tail];
	return [...splitHeading(body), ...(rest ? [rest] : []), ...tail];
}

/**
 * Word exports set numbers apart (`2021 年`): that space goes first, so it is not read as a
 * joined line. The one before the number (`成效 2021年`) may be one; clean.ts drops it if not.
 */
const SPACE_BEFORE_UNIT = /(?<=[0-9])[ \t]+(?=[年月日])/g;

/** One run-on line → the lines it would have had. */
function splitRunOnLine(raw: string): string[] {
	const line = raw.replace(SPACE_BEFORE_UNIT, '');
	const segments = line.split(INLINE_HEADING);
	const head = HEADING_START.test(segments[0]!) ? [] : splitHead(segments.shift()!);
	const last = segments.pop();
	return [...head, ...segments.flatMap(splitHeading), ...(last === undefined ? [] : splitTail(last))];
}

/** A whole report on one line (or a few) is split back into heading, paragraph and signature lines; other text is returned as is. */
export function splitRunOnText(text: string): string {
	if (!text.split('\n').some((l) => l.length > RUN_ON_CHARS && (l.match(INLINE_HEADING)?.length ?? 0) >= MIN_INLINE_HEADINGS)) return text;
	return text
		.split('\n')
		.flatMap((l) => (l.length > RUN_ON_CHARS && (l.match(INLINE_HEADING)?.length ?? 0) >= MIN_INLINE_HEADINGS ? splitRunOnLine(l) : [l]))
		.join('\n');
}

/** 一主要举措和成效: a top-level number glued to a short unpunctuated heading. */
const BARE_NUMBER = new RegExp(`^(${CN})(?![、，,．.\\s是年些体直批起道切致同流线])([^。，；！？：:,;!?]{2,40})$`);

/**
 * Top-level headings written without their separator (一主要举措和成效 / 二存在的问题) get their
 * 、 back, so the outline reads them. Only a run numbered 一, 二, 三 … in order counts, and only
 * in a report that writes no 一、 itself: a single line opening on 一 is just a sentence.
 */
export function separateBareNumbers(lines: Line[]): Line[] {
	if (lines.some((l) => new RegExp(`^${CN}、`).test(l.text))) return lines;
	const found = new Map<Line, string>();
	let next = 1;
	for (const l of lines) {
		const m = l.text.match(BARE_NUMBER);
		if (m && chineseNumber(m[1]!) === next) {
			found.set(l, `${m[1]}、${m[2]}`);
			next++;
		}
	}
	if (found.size < 2) return lines;
	return lines.map((l) => (found.has(l) ? { ...l, text: found.get(l)! } : l));
}
