/** Turns a Pagefind fragment into what a result shows: occurrences per part and excerpts. */
import { decodeContent } from '../codec.ts';
import { META_KEY, decodeInfo } from '../meta.ts';
import { findAll } from '../query.ts';
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
	count: number;
	parts: PartHit[];
}

const CONTEXT = 36;

/** Excerpt around [start, end) of a unit, with the original (unfolded, spaced) text. */
function excerpt(original: string[], start: number, end: number, needleLength: number, all: number[]): Segment[] {
	const from = Math.max(0, start - CONTEXT);
	const to = Math.min(original.length, end + CONTEXT);
	const segments: Segment[] = [];
	let at = from;
	for (const s of all) {
		if (s < from || s + needleLength > to) continue;
		if (s > at) segments.push({ text: original.slice(at, s).join(''), mark: false });
		segments.push({ text: original.slice(s, s + needleLength).join(''), mark: true });
		at = s + needleLength;
	}
	if (at < to) segments.push({ text: original.slice(at, to).join(''), mark: false });
	if (from > 0) segments.unshift({ text: '…', mark: false });
	if (to < original.length) segments.push({ text: '…', mark: false });
	return segments;
}

export function reportHit(fragment: PagefindFragment, needle: string[]): ReportHit {
	const info = decodeInfo(fragment.meta[META_KEY] ?? '');
	const { chars, unitEnds } = decodeContent(fragment.content);
	const parts = new Map<number, PartHit>();
	let total = 0;
	let start = 0;
	info.u.forEach((unit, i) => {
		const end = unitEnds[i] ?? chars.length;
		const text = chars.slice(start, end);
		const found = findAll(text, needle);
		start = end;
		if (found.length === 0) return;
		total += found.length;
		const [partAnchor, scope, label] = info.p[unit.p]!;
		const existing = parts.get(unit.p);
		if (existing) {
			existing.count += found.length;
			return;
		}
		const original = [...text];
		for (const [k, s] of unit.x ?? []) original[k] = s;
		const first = found[0]!;
		parts.set(unit.p, {
			anchor: unit.a || partAnchor,
			scope,
			label,
			count: found.length,
			excerpt: excerpt(original, first, first + needle.length, needle.length, found),
		});
	});
	return { id: info.id, title: info.t, year: info.y, place: info.g, count: total, parts: [...parts.values()] };
}
