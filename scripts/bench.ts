/**
 * `npm run bench`: parse throughput. Builds one long report (the seeds' parts repeated to
 * ~2 MB, so page breaks, numbering and merged parts all recur) and parses it and each seed
 * repeatedly, printing MB/s. Timing lives here, never in tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../src/report/index.ts';

const SEEDS = process.env.REPORTS_DIR ?? join(import.meta.dirname, '../seeds');
const TARGET_BYTES = Number(process.env.BENCH_LONG_BYTES ?? 2_000_000);

function time(bytes: Uint8Array, file: string, minMs = 1000): { mbps: number; runs: number } {
	let runs = 0;
	const start = performance.now();
	while (performance.now() - start < minMs || runs < 3) {
		parseReport(bytes, file);
		runs++;
	}
	const seconds = (performance.now() - start) / 1000;
	return { mbps: (bytes.length * runs) / seconds / 1e6, runs };
}

/** One very long report: header of seed 000, then the body of every seed over and over. */
function longReport(files: string[]): Uint8Array {
	const texts = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
	const [head] = texts[0]!.split(/\n一、/);
	const bodies = texts.map((t) => t.slice(t.indexOf('\n一、') + 1));
	let out = `${head}\n`;
	for (let i = 0; out.length * 3 < TARGET_BYTES; i++) out += `${bodies[i % bodies.length]}\n`;
	return new TextEncoder().encode(out);
}

const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
// Warm up once: the division index and converters are built on first use, once per process.
parseReport(new Uint8Array(readFileSync(join(SEEDS, files[0]!))), files[0]!);
const rows: { input: string; bytes: number; runs: number; mbps: string }[] = [];
for (const file of files) {
	const bytes = new Uint8Array(readFileSync(join(SEEDS, file)));
	const { mbps, runs } = time(bytes, file, 500);
	rows.push({ input: file, bytes: bytes.length, runs, mbps: mbps.toFixed(1) });
}
const long = longReport(files);
const { mbps, runs } = time(long, 'long.txt', 3000);
rows.push({ input: 'long report (seeds repeated)', bytes: long.length, runs, mbps: mbps.toFixed(1) });
console.table(rows);
