/**
 * Character shingles and their sketch. Chinese has no spaces, so a paragraph is compared as
 * overlapping runs of K characters after removing spaces and punctuation (PDF extraction
 * scatters both). The sketch is one-permutation MinHash with rotation densification
 * (Shrivastava & Li 2014): one hash per shingle instead of one per shingle and per
 * permutation, which is what makes 10,000 reports take seconds; two sketches agree in a bin
 * with probability about their Jaccard similarity, so banding them gives LSH candidates.
 */

/** Shingle length: 5 characters, long enough that set phrases (法治政府) alone match little. */
export const K = 5;
/** Sketch size: 20 bands of 5 rows; candidates are likely from Jaccard 0.6 on (80%; 0.7: 97%). */
export const BANDS = 20;
export const ROWS = 5;
export const BINS = BANDS * ROWS;
const EMPTY = 0xffffffff;

/** Everything but CJK, Latin letters and digits (ASCII and full width). */
const NOT_TEXT = /[^0-9A-Za-z\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\ud800-\udfff]+/g;

/**
 * Letters and digits only: spacing and punctuation differences are not differences of text.
 * A plain character class, not \p{P}: this runs on every paragraph of the corpus.
 */
export function normaliseText(text: string): string {
	return text.replace(NOT_TEXT, '');
}

/** Murmur3's 32-bit finaliser: spreads FNV's low-entropy bits. */
export function fmix32(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** B^K mod 2^32, to drop the outgoing character from the rolling hash. */
const BASE = 0x01000193;
let power = 1;
for (let i = 0; i < K; i++) power = Math.imul(power, BASE);
const OUT = power;

/** Hash of every shingle, in text order (a rolling polynomial hash, one step per character). */
export function shingleHashes(s: string): Uint32Array {
	const n = Math.max(0, s.length - K + 1);
	const out = new Uint32Array(n);
	let h = 0;
	for (let i = 0; i < s.length; i++) {
		h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
		if (i >= K) h = (h - Math.imul(s.charCodeAt(i - K), OUT)) | 0;
		if (i >= K - 1) out[i - K + 1] = fmix32(h);
	}
	return out;
}

/** Distinct shingle hashes of a normalised text, sorted (for exact Jaccard by merging). */
export function shingleSet(s: string): Uint32Array {
	const out = shingleHashes(s).sort();
	let w = 0;
	for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[w++] = out[i]!;
	return out.subarray(0, w);
}

/** Exact Jaccard similarity of two sorted distinct hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
	let i = 0;
	let j = 0;
	let common = 0;
	while (i < a.length && j < b.length) {
		if (a[i] === b[j]) (common++, i++, j++);
		else if (a[i]! < b[j]!) i++;
		else j++;
	}
	const union = a.length + b.length - common;
	return union === 0 ? 0 : common / union;
}

/** One-permutation MinHash sketch of shingle hashes (repeats allowed), empty bins filled from the next full one. */
export function sketch(shingles: Uint32Array): Uint32Array {
	const bins = new Uint32Array(BINS).fill(EMPTY);
	for (let i = 0; i < shingles.length; i++) {
		const h = shingles[i]!;
		// High bits pick the bin (multiply-shift, no division); a second mix of h is the value.
		const bin = ((h >>> 16) * BINS) >>> 16;
		const value = Math.imul(h ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
		if (value < bins[bin]!) bins[bin] = value;
	}
	const out = bins.slice();
	for (let b = 0; b < BINS; b++) {
		if (bins[b] !== EMPTY) continue;
		for (let t = 1; t < BINS; t++) {
			const donor = bins[(b + t) % BINS]!;
			if (donor !== EMPTY) {
				out[b] = fmix32(donor + t * 0x9e3779b9);
				break;
			}
		}
	}
	return out;
}

/** One 32-bit key per band: paragraphs sharing a key in any band become candidates. */
export function bandKeys(sk: Uint32Array): Uint32Array {
	const keys = new Uint32Array(BANDS);
	for (let band = 0; band < BANDS; band++) {
		let h = 0x811c9dc5 ^ band;
		for (let r = band * ROWS; r < (band + 1) * ROWS; r++) h = Math.imul(h ^ sk[r]!, 0x01000193);
		keys[band] = fmix32(h);
	}
	return keys;
}
