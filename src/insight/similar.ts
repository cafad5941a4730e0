/**
 * Copied text: paragraphs repeating, exactly or nearly, a paragraph of another report.
 * Linear-ish in corpus size: identical paragraphs are merged first (one hash per paragraph),
 * the distinct ones are sketched once and bucketed by band key (sorting, no pair scan), and
 * only bucket-mates are compared, exactly, on their shingle sets. Deterministic: fixed hashes
 * and every tie broken by position.
 */
import { expand, shares, type Para } from './copies.ts';
import type { CopyShare, SimilarMatch } from './schema.ts';
import { bandKeys, BANDS, jaccard, normaliseText, shingleHashes, shingleSet, sketch } from './shingles.ts';

export interface SimilarInput {
	reportId: string;
	/** Same key for the same township's reports of other years (see townshipKey). */
	township: string | null;
	paragraphs: { id: string; text: string }[];
}

export interface SimilarOptions {
	/** Least Jaccard similarity of shingle sets to call two paragraphs near-duplicates. */
	threshold?: number;
	/** Paragraphs shorter than this (letters and digits) are never findings: too little to copy. */
	minChars?: number;
	/** Matches kept per paragraph, best first: enough to link, bounded for boilerplate. */
	maxMatches?: number;
	/** In a bucket, each paragraph is compared with this many following bucket-mates. */
	window?: number;
	/** Pairs of paragraphs that both have this many verified neighbours are not compared again. */
	saturation?: number;
}

const DEFAULTS: Required<SimilarOptions> = { threshold: 0.6, minChars: 40, maxMatches: 3, window: 4, saturation: 8 };
/** Formulaic lines every report shares by convention; not copying. */
const FORMULAIC = /^(特此报告|以上报告|专此报告|现将.{0,30}报告如下)/;
const IDX_BITS = 2 ** 21;

/** Two independent 32-bit string hashes in one exact float key (53 bits). */
function textKey(s: string): number {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
	}
	return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff);
}

export function findSimilar(inputs: SimilarInput[], options: SimilarOptions = {}): { matches: SimilarMatch[]; shares: CopyShare[] } {
	const opt = { ...DEFAULTS, ...options };
	const paras: Para[] = [];
	const clusterOf = new Map<number, number>();
	const members: number[][] = [];
	const total = inputs.reduce((n, input) => n + input.paragraphs.length, 0);
	const keys = new Uint32Array(total * BANDS);
	inputs.forEach((input, report) => {
		for (const p of input.paragraphs) {
			const norm = normaliseText(p.text);
			if (norm.length < opt.minChars || FORMULAIC.test(norm)) continue;
			const key = textKey(norm);
			let c = clusterOf.get(key);
			if (c === undefined) {
				clusterOf.set(key, (c = members.length));
				members.push([]);
				keys.set(bandKeys(sketch(shingleHashes(norm))), c * BANDS);
			}
			members[c]!.push(paras.length);
			paras.push({ report, id: p.id, text: p.text });
		}
	});
	clusterOf.clear();
	if (members.length >= IDX_BITS) throw new Error(`findSimilar: ${members.length} distinct paragraphs exceed ${IDX_BITS}`);

	const edges = link(keys, members, paras, opt);

	const matches = expand(inputs, paras, members, edges, opt.maxMatches);
	return { matches, shares: shares(inputs, paras, matches) };
}

/**
 * Bucket the clusters by band key (sorting packed `key * 2^21 + cluster`, no hash maps) and
 * compare bucket-mates exactly. In a bucket each cluster meets its next `window` mates only,
 * and a pair whose two clusters already have `saturation` verified neighbours is not compared:
 * a paragraph needs a few links, and boilerplate copied a thousand times must not cost a
 * million comparisons. Both limits keep the work linear in the number of paragraphs.
 */
function link(keys: Uint32Array, members: number[][], paras: Para[], opt: Required<SimilarOptions>): Map<number, [number, number][]> {
	const n = members.length;
	const edges = new Map<number, [number, number][]>();
	const seen = new Set<number>();
	const cache = new Map<number, Uint32Array>();
	const setOf = (c: number) => {
		let set = cache.get(c);
		if (!set) {
			set = shingleSet(normaliseText(paras[members[c]![0]!]!.text));
			cache.set(c, set);
			if (cache.size > 4096) cache.delete(cache.keys().next().value!);
		}
		return set;
	};
	const degree = new Uint32Array(n);
	/** A single paragraph never matches its own report. */
	const sameReport = (a: number, b: number) =>
		members[a]!.length === 1 && members[b]!.length === 1 && paras[members[a]![0]!]!.report === paras[members[b]![0]!]!.report;
	const packed = new Float64Array(n);
	for (let band = 0; band < BANDS; band++) {
		for (let c = 0; c < n; c++) packed[c] = keys[c * BANDS + band]! * IDX_BITS + c;
		packed.sort();
		for (let start = 0, end = 1; start < n; start = end, end = start + 1) {
			const key = Math.floor(packed[start]! / IDX_BITS);
			while (end < n && Math.floor(packed[end]! / IDX_BITS) === key) end++;
			for (let i = start; i < end; i++) {
				for (let j = i + 1; j < Math.min(end, i + 1 + opt.window); j++) {
					const a = packed[i]! % IDX_BITS;
					const b = packed[j]! % IDX_BITS;
					const pair = a * IDX_BITS + b;
					if (seen.has(pair) || (degree[a]! >= opt.saturation && degree[b]! >= opt.saturation) || sameReport(a, b)) continue;
					seen.add(pair);
					const similarity = jaccard(setOf(a), setOf(b));
					if (similarity < opt.threshold) continue;
					(edges.get(a) ?? edges.set(a, []).get(a)!).push([b, similarity]);
					(edges.get(b) ?? edges.set(b, []).get(b)!).push([a, similarity]);
					degree[a]!++;
					degree[b]!++;
				}
			}
		}
	}
	return edges;
}
