/**
 * Body paragraphs → a three-level outline. The highest numbering style present is the top
 * level (一、 in most reports); deeper styles nest by rank, like Markdown list indentation.
 * Anything before the first top-level heading is the preamble.
 */
import type { Line } from './lines.ts';
import { classifyHeading } from './classify.ts';
import { readMarker, splitRunInHeading, type Marker } from './markers.ts';

export interface RawBlock {
	number: string | null;
	heading: string | null;
	/** Numbering rank of this block's heading (0 for the unnumbered root). */
	rank: number;
	/** Source line of the heading. */
	line: number;
	paragraphs: Line[];
	children: RawBlock[];
}

export interface RawOutline {
	preamble: Line[];
	parts: RawBlock[];
}

function block(line: Line, rank: number, number: string, rest: string): RawBlock {
	const { heading, body } = splitRunInHeading(rest);
	return {
		number: number || null,
		heading,
		rank,
		line: line.line,
		paragraphs: body ? [{ text: body, line: line.line }] : [],
		children: [],
	};
}

/** Top-level rank: the highest style used, so reports numbered from （一） still get parts. */
function topRank(paragraphs: Line[]): number | null {
	let top: number | null = null;
	for (const p of paragraphs) {
		const m = readMarker(p.text);
		if (m && (top === null || m.rank < top)) top = m.rank;
	}
	return top;
}

/** Longest line read as an unnumbered part heading (存在的问题, 下一步工作打算：). */
const MAX_UNNUMBERED_HEADING = 24;

/**
 * Reports without numbering still head their parts with a short line of their own that names
 * a part (存在的问题). Only used when no numbered heading exists, so body text is never cut.
 */
function unnumberedHeading(text: string): Marker | null {
	const rest = text.replace(/[：:]$/, '');
	if (rest.length > MAX_UNNUMBERED_HEADING || /[，。；！？,.;!?]/.test(rest)) return null;
	return classifyHeading(rest).length > 0 ? { rank: 0, number: '', rest } : null;
}

/** Sentence punctuation: a heading line has none. */
const ANY_PUNCT = /[，。；！？、,.;!?“”"]/;

/**
 * In a report headed without numbers, a topical heading (主要工作特点, 深化依法行政) has no cue
 * word, but it stands alone: short, unpunctuated, after a finished sentence and before a
 * longer paragraph.
 */
function standsAlone(paragraphs: Line[], i: number): boolean {
	const text = paragraphs[i]!.text;
	const before = paragraphs[i - 1]?.text;
	const after = paragraphs[i + 1]?.text;
	if (text.length > MAX_UNNUMBERED_HEADING || ANY_PUNCT.test(text) || /[：:]$/.test(text) || !after) return false;
	return (before === undefined || /[。！？；：:]$/.test(before)) && after.length > text.length * 2 && /[。！？；]$/.test(after);
}

export function buildOutline(paragraphs: Line[]): RawOutline {
	const numbered = topRank(paragraphs);
	const cued = numbered === null && paragraphs.some((p) => unnumberedHeading(p.text));
	const top = numbered ?? (cued ? 0 : null);
	const headings = new Map<Line, Marker>();
	if (cued) {
		paragraphs.forEach((p, i) => {
			const m = unnumberedHeading(p.text) ?? (standsAlone(paragraphs, i) ? { rank: 0, number: '', rest: p.text } : null);
			if (m) headings.set(p, m);
		});
	}
	const read = (p: Line) => (numbered === null ? (headings.get(p) ?? null) : readMarker(p.text));
	const preamble: Line[] = [];
	const parts: RawBlock[] = [];
	// stack[0] is the current part, stack[1] its open child, stack[2] the grandchild.
	const stack: RawBlock[] = [];
	for (const p of paragraphs) {
		const m = top === null ? null : read(p);
		if (m && m.rank === top) {
			const part = block(p, m.rank, m.number, m.rest);
			parts.push(part);
			stack.splice(0, stack.length, part);
			continue;
		}
		if (m && m.rank > top! && stack.length > 0) {
			// Pop to the nearest open block of a higher style; max depth three.
			while (stack.length > 1 && stack.at(-1)!.rank >= m.rank) stack.pop();
			if (stack.length < 3) {
				const child = block(p, m.rank, m.number, m.rest);
				stack.at(-1)!.children.push(child);
				stack.push(child);
				continue;
			}
		}
		// Unnumbered text belongs to the deepest open block.
		const open = stack.at(-1);
		if (open) open.paragraphs.push(p);
		else preamble.push(p);
	}
	return { preamble, parts };
}
