/**
 * `npm run bench:parse`: parse throughput. Builds one long report (the seeds' parts repeated to
 * ~2 MB, so page breaks, numbering and merged parts all recur) and parses it and each seed
 * repeatedly, printing MB/s; then every seed rendered as .docx, .pdf and a portal .html
 * (scripts/lib/render-formats.ts), read and parsed, MB/s per format. Timing lives here,
 * never in tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, readPublished } from '../src/report/index.ts';
import { toDocx, toHtml, toPdf } from './lib/render-formats.ts';

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

/** Intake and parse of every rendition of a format, until `minMs` have passed. */
async function timeFormat(files: { file: string; bytes: Uint8Array }[], minMs = 2000) {
	let runs = 0;
	let textChars = 0;
	const start = performance.now();
	while (performance.now() - start < minMs || runs < 2) {
		for (const { file, bytes } of files) {
			const intake = await readPublished(bytes, file);
			parseReport(bytes, file, { intake });
			if (runs === 0) textChars += new TextEncoder().encode(intake.text).length;
		}
		runs++;
	}
	const seconds = (performance.now() - start) / 1000;
	const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
	return { runs, bytes, textBytes: textChars, seconds };
}

const texts = files.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const renditions = {
	txt: files.map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(SEEDS, f))) })),
	docx: await Promise.all(texts.map(async (t, i) => ({ file: `${i}.docx`, bytes: await toDocx(t) }))),
	pdf: await Promise.all(texts.map(async (t, i) => ({ file: `${i}.pdf`, bytes: await toPdf(t) }))),
	html: texts.map((t, i) => ({ file: `${i}.html`, bytes: toHtml(t, { published: '2024-01-12', publisher: '区政府办公室' }) })),
};
const formatRows = [];
for (const [format, list] of Object.entries(renditions)) {
	await timeFormat(list, 0); // warm-up: libraries load and compile on first use
	const { runs, bytes, textBytes, seconds } = await timeFormat(list);
	formatRows.push({
		format,
		files: list.length,
		'file KB': Math.round(bytes / 1024),
		runs,
		'MB/s of files': ((bytes * runs) / seconds / 1e6).toFixed(2),
		'MB/s of text': ((textBytes * runs) / seconds / 1e6).toFixed(2),
		'ms/report': ((seconds * 1000) / (runs * list.length)).toFixed(1),
	});
}
console.table(formatRows);
