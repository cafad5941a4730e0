/**
 * Files written piece by piece and cut into volumes: a new volume starts before one would
 * pass `limit` bytes (of what lands on disk, so after compression for `.gz`), so no download
 * outgrows what a static host or a researcher's spreadsheet takes.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createGzip, type Gzip } from 'node:zlib';

/** Largest file a volume may become (the budget is 50 MB; compressed output is counted as it is flushed). */
export const VOLUME_LIMIT = 45 * 1024 * 1024;

/**
 * Volumes of items whose sizes are known in advance (files served by an endpoint, which must
 * be planned before they are written): consecutive [start, end) ranges, each under `limit`
 * bytes of uncompressed text, so its file stays under it whatever the compression.
 */
export function planVolumes(sizes: readonly number[], limit = VOLUME_LIMIT): Array<[number, number]> {
	const volumes: Array<[number, number]> = [];
	let start = 0;
	let bytes = 0;
	for (let i = 0; i < sizes.length; i++) {
		if (i > start && bytes + sizes[i]! > limit) {
			volumes.push([start, i]);
			start = i;
			bytes = 0;
		}
		bytes += sizes[i]!;
	}
	volumes.push([start, sizes.length]);
	return volumes;
}

/** `<base>.<ext>`, then `<base>-2.<ext>`, …: the first volume keeps the plain name. */
export const volumeName = (base: string, n: number, ext: string) => `${base}${n > 1 ? `-${n}` : ''}.${ext}`;

export interface WrittenFile {
	/** File name in the output folder. */
	name: string;
	bytes: number;
	/** Reports it holds. */
	reports: number;
}

interface Open {
	name: string;
	file: WriteStream;
	gzip: Gzip | null;
	written: number;
	raw: number;
	reports: number;
}

export interface VolumeFormat {
	/** Extension without the dot: `json`, `csv`. */
	ext: string;
	/** What opens and closes every volume (`[` and `]`, or a BOM and header row). */
	head: string;
	tail: string;
	/** What goes between two items of one volume (`,` for JSON). */
	separator: string;
}

/** Writes items into `<base>.<ext>[.gz]`, then `<base>-2.<ext>[.gz]`, …; the first volume keeps the plain name. */
export class VolumeWriter {
	#open: Open | null = null;
	#done: WrittenFile[] = [];
	readonly dir: string;
	readonly base: string;
	readonly format: VolumeFormat;
	readonly gzip: boolean;
	readonly limit: number;
	constructor(dir: string, base: string, format: VolumeFormat, gzip: boolean, limit = VOLUME_LIMIT) {
		this.dir = dir;
		this.base = base;
		this.format = format;
		this.gzip = gzip;
		this.limit = limit;
	}

	/** One report's items (its JSON, or its CSV rows), kept in one volume. */
	async add(pieces: string[]): Promise<void> {
		const size = pieces.reduce((n, p) => n + Buffer.byteLength(p), 0);
		const open = this.#open;
		if (open && open.reports > 0 && this.#estimate(open) + size > this.limit) await this.#close();
		const volume = this.#open ?? (await this.#start());
		for (const [i, piece] of pieces.entries()) await this.#write(volume, (volume.reports > 0 || i > 0 ? this.format.separator : '') + piece);
		volume.reports++;
	}

	async finish(): Promise<WrittenFile[]> {
		if (!this.#open && this.#done.length === 0) await this.#start();
		await this.#close();
		return this.#done;
	}

	/** Bytes the volume will take: for gzip, what was flushed plus what is pending at the last measured ratio. */
	#estimate(v: Open): number {
		if (!v.gzip) return v.raw;
		return Math.max(v.written, v.raw * 0.35);
	}

	async #start(): Promise<Open> {
		const n = this.#done.length + 1;
		const name = volumeName(this.base, n, `${this.format.ext}${this.gzip ? '.gz' : ''}`);
		const file = createWriteStream(join(this.dir, name));
		const volume: Open = { name, file, gzip: null, written: 0, raw: 0, reports: 0 };
		if (this.gzip) {
			volume.gzip = createGzip({ level: 9 });
			volume.gzip.on('data', (chunk: Buffer) => (volume.written += chunk.length));
			volume.gzip.pipe(file);
		}
		this.#open = volume;
		await this.#write(volume, this.format.head);
		return volume;
	}

	async #write(v: Open, text: string): Promise<void> {
		if (!text) return;
		v.raw += Buffer.byteLength(text);
		const target = v.gzip ?? v.file;
		if (!v.gzip) v.written = v.raw;
		if (!target.write(text)) await once(target, 'drain');
	}

	async #close(): Promise<void> {
		const v = this.#open;
		if (!v) return;
		await this.#write(v, this.format.tail);
		const finished = once(v.file, 'close');
		(v.gzip ?? v.file).end();
		await finished;
		this.#done.push({ name: v.name, bytes: v.written, reports: v.reports });
		this.#open = null;
	}
}
