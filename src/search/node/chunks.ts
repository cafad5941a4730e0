/**
 * Pagefind fetches, for a prefix search, only the index chunk whose word range contains
 * the prefix itself, not later chunks that hold more words with that prefix. A
 * one-character query is a prefix search over the pair tokens, so with enough reports
 * it silently lost matches (measured: 966 of 1,000 reports for 法). After the index is
 * written we read Pagefind's chunk table and list, for each character whose tokens span
 * several chunks, the first word of every such chunk: preloading those words makes the
 * browser fetch exactly the chunks the prefix search needs.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { codeLength } from '../shared/codec.ts';
import { PREFIX_DIR } from '../shared/prefix.ts';


/** Just enough CBOR (RFC 8949) for Pagefind's meta: integers, strings, arrays, maps. */
export function decodeCbor(bytes: Uint8Array): unknown {
	let at = 0;
	const text = new TextDecoder();
	const length = (info: number): number => {
		if (info < 24) return info;
		const size = 1 << (info - 24);
		let n = 0;
		for (let i = 0; i < size; i++) n = n * 256 + bytes[at++]!;
		return n;
	};
	const item = (): unknown => {
		const head = bytes[at++]!;
		const major = head >> 5;
		const info = head & 31;
		if (major === 7) return info === 20 ? false : info === 21 ? true : null;
		const n = length(info);
		switch (major) {
			case 0:
				return n;
			case 1:
				return -1 - n;
			case 2:
				return bytes.subarray(at, (at += n));
			case 3:
				return text.decode(bytes.subarray(at, (at += n)));
			case 4:
				return Array.from({ length: n }, item);
			case 5:
				return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
			default:
				return item(); // tag: its content
		}
	};
	return item();
}

export interface Chunk {
	from: string;
	to: string;
	hash: string;
}

/** What every Pagefind file starts with, inside its gzip. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** The payload of a Pagefind file: gzip (or not) around a signature, then CBOR or (fragments) JSON. */
export function pagefindPayload(path: string): Uint8Array {
	let bytes: Uint8Array = readFileSync(path);
	if (new TextDecoder().decode(bytes.subarray(0, PAGEFIND_SIGNATURE.length)) !== PAGEFIND_SIGNATURE) bytes = gunzipSync(bytes);
	return bytes.subarray(PAGEFIND_SIGNATURE.length);
}

/** Reads a Pagefind CBOR file (meta, index chunk). */
export function readPagefindFile(path: string): unknown {
	return decodeCbor(pagefindPayload(path));
}

/** Pagefind's chunk table of the one language index in `bundle`. */
export function readChunks(bundle: string): Chunk[] {
	const meta = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'));
	if (!meta) throw new Error(`No Pagefind meta file in ${bundle}`);
	const index = readPagefindFile(join(bundle, meta)) as unknown[];
	return (index[2] as Array<[string, string, string]>).map(([from, to, hash]) => ({ from, to, hash }));
}

/** Character code → first word of every chunk that starts inside that code's prefix range. */
export function prefixPreloads(chunks: Chunk[]): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const { from } of chunks) {
		const length = codeLength(from);
		// A chunk starting with a whole code (or a code plus more) may hold that code's
		// pair tokens without the strict range check ever selecting it.
		// Meta words (hidden, non-ASCII) sort after every token and are never preloaded.
		if (/^[0-9a-z]+$/.test(from) && from.length >= length) (out[from.slice(0, length)] ??= []).push(from);
	}
	return out;
}

/** Writes the preload map of several bundles (index parts) as one, sharded by leading symbol. */
export function writePrefixPreloads(bundles: string[], outDir: string): number {
	// A word from any part lies inside the prefix range, so every part it is preloaded on
	// fetches only a chunk it needs anyway: the union is exact for each part.
	const map: Record<string, string[]> = {};
	for (const bundle of bundles) {
		for (const [code, words] of Object.entries(prefixPreloads(readChunks(bundle)))) (map[code] ??= []).push(...words);
	}
	const shards = new Map<string, Record<string, string[]>>();
	for (const lead of '0123456789abcdefghijklmnopqrstuvwxyz') shards.set(lead, {});
	for (const [code, words] of Object.entries(map)) shards.get(code[0]!)![code] = [...new Set(words)].sort();
	rmSync(join(outDir, PREFIX_DIR), { recursive: true, force: true });
	mkdirSync(join(outDir, PREFIX_DIR), { recursive: true });
	for (const [lead, shard] of shards) writeFileSync(join(outDir, PREFIX_DIR, `${lead}.json`), JSON.stringify(shard));
	return Object.keys(map).length;
}
