/**
 * Turns a Pagefind fragment into what a result shows: occurrences per part with excerpts,
 * and on request every occurrence in its context (keyword in context). The fragment holds
 * the report's whole indexed text, so neither needs another fetch.
 */
import { decodeContent } from '../shared/codec.ts';
import { META_KEY, decodeInfo, type RecordInfo, type RecordUnit } from '../shared/meta.ts';
import { findAll } from '../shared/index.ts';
import type { PagefindFragment } from './engine.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

export interface PartHit {
	/** Anchor of the unit holding the part's first occurrence. */
	anchor: string;
	scope: string;
	label: string;
	count: number;
	excerpt: Segment[];
}

export interface ReportHit {
	id: string;
	title: string;
	year: number;
	place: string;
	/** Occurrences of all the query's terms. */
	count: number;
	/** Anchor of the first occurrence of the first term: where the result lands. */
	anchor: string;
	parts: PartHit[];
}

/** One occurrence in context. */
export interface Occurrence {
	anchor: string;
	scope: string;
	label: string;
	/** Index of the query term found. */
	term: number;
	excerpt: Segment[];
}

const CONTEXT = 36;
/** Context either side of an occurrence in the keyword-in-context list. */
const KWIC_CONTEXT = 20;

type Span = [start: number, end: number];

/** Excerpt around [start, end) of a unit, with the original (unfolded, spaced) text and every mark in the window. */
function excerpt(original: string[], start: number, end: number, marks: Span[], context: number): Segment[] {
	const from = Math.max(0, start - context);
	const to = Math.min(original.length, end + context);
	const segments: Segment[] = [];
	let at = from;
	for (const [s, e] of marks) {
		if (s < at || e > to) continue;
		if (s > at) segments.push({ text: original.slice(at, s).join(''), mark: false });
		segments.push({ text: original.slice(s, e).join(''), mark: true });
		at = e;
	}
	if (at < to) segments.push({ text: original.slice(at, to).join(''), mark: false });
	if (from > 0) segments.unshift({ text: '…', mark: false });
	if (to < original.length) segments.push({ text: '…', mark: false });
	return segments;
}

/** Occurrences of every term in one unit, as spans in text order; overlapping spans merged. */
function spans(found: number[][], terms: string[][]): Span[] {
	const all = found.flatMap((starts, t) => starts.map((s): Span => [s, s + terms[t]!.length])).sort((a, b) => a[0] - b[0]);
	const merged: Span[] = [];
	for (const span of all) {
		const last = merged.at(-1);
		if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
		else merged.push([...span]);
	}
	return merged;
}

interface UnitMatch {
	unit: RecordUnit;
	part: RecordInfo['p'][number];
	/** Start positions per term. */
	found: number[][];
	original: string[];
}

/** What a result looks for: the query's included terms (folded characters each), within one kind of section when `scope` is set. */
export interface Look {
	terms: string[][];
	scope: string | null;
}

function* unitMatches(fragment: PagefindFragment, { terms, scope }: Look): Generator<UnitMatch> {
	const info = decodeInfo(fragment.meta[META_KEY] ?? '');
	const { chars, unitEnds } = decodeContent(fragment.content);
	let start = 0;
	for (const [i, unit] of info.u.entries()) {
		const end = unitEnds[i] ?? chars.length;
		const text = chars.slice(start, end);
		start = end;
		const part = info.p[unit.p]!;
		if (scope && part[1] !== scope) continue;
		const found = terms.map((needle) => findAll(text, needle));
		if (found.every((f) => f.length === 0)) continue;
		const original = [...text];
		for (const [k, s] of unit.x ?? []) original[k] = s;
		yield { unit, part, found, original };
	}
}

/** What a result shows for what it looks for. */
export function reportHit(fragment: PagefindFragment, look: Look): ReportHit {
	const info = decodeInfo(fragment.meta[META_KEY] ?? '');
	const parts = new Map<number, PartHit>();
	let total = 0;
	let anchor: string | null = null;
	for (const { unit, part, found, original } of unitMatches(fragment, look)) {
		const [partAnchor, scope, label] = part;
		const count = found.reduce((n, f) => n + f.length, 0);
		total += count;
		if (anchor === null && found[0]!.length) anchor = unit.a || partAnchor;
		const existing = parts.get(unit.p);
		if (existing) {
			existing.count += count;
			continue;
		}
		const marks = spans(found, look.terms);
		const [first, end] = marks[0]!;
		parts.set(unit.p, { anchor: unit.a || partAnchor, scope, label, count, excerpt: excerpt(original, first, end, marks, CONTEXT) });
	}
	const list = [...parts.values()];
	return { id: info.id, title: info.t, year: info.y, place: info.g, count: total, anchor: anchor ?? list[0]?.anchor ?? 'title', parts: list };
}

/** Every occurrence of every term, in reading order, each with its surrounding text. */
export function everyOccurrence(fragment: PagefindFragment, look: Look): Occurrence[] {
	const { terms } = look;
	const out: Occurrence[] = [];
	for (const { unit, part, found, original } of unitMatches(fragment, look)) {
		const [partAnchor, scope, label] = part;
		const marks = spans(found, terms);
		const starts = found.flatMap((list, term) => list.map((s) => ({ s, term }))).sort((a, b) => a.s - b.s || a.term - b.term);
		for (const { s, term } of starts) {
			out.push({ anchor: unit.a || partAnchor, scope, label, term, excerpt: excerpt(original, s, s + terms[term]!.length, marks, KWIC_CONTEXT) });
		}
	}
	return out;
}
