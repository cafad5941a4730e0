/**
 * `npm run build`: the site in three processes, one after another, so no two phases' memory
 * adds up: the parse-once pass and downloads, `astro build` (pages, reading the warm cache),
 * then the search index. Each phase's log passes through; at the end a summary of time, peak
 * memory (summed over the phase's process tree) and live heap (scripts/lib/live-heap.ts) per phase.
 *   node scripts/build.ts [--summary file.json] [--outDir dist]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildOptions, optionsEnv } from '../src/config/options.ts';
import { indexerEnv } from '../src/search/node/build-index.ts';
// A catalogue of several years' reports outgrows V8's default heap: each phase gets more.
import { HEAP_FLAG } from './lib/heap.ts';
import { measure } from './lib/proctree.ts';

const { values } = parseArgs({ options: { summary: { type: 'string' }, outDir: { type: 'string', default: 'dist' } } });
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(values.outDir);
let options;
try {
	options = buildOptions();
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
const node = process.execPath;
const phases = [
	{ name: 'parse', args: [HEAP_FLAG, join(root, 'scripts/prepare-corpus.ts')], env: optionsEnv(options) },
	{ name: 'pages', args: [HEAP_FLAG, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], env: { ...optionsEnv(options), SEARCH_INDEX: 'separate' } },
	{ name: 'index', args: [HEAP_FLAG, join(root, 'scripts/build-search-index.ts'), '--dist', outDir], env: indexerEnv(options) },
];

const LIVE_HEAP = pathToFileURL(join(root, 'scripts/lib/live-heap.ts')).href;
const liveDir = mkdtempSync(join(tmpdir(), 'build-heap-'));
process.on('exit', () => rmSync(liveDir, { recursive: true, force: true }));
const results: Array<{ phase: string; seconds: number; peakRssMB: number; liveHeapMB: number | null }> = [];
for (const phase of phases) {
	const liveFile = join(liveDir, phase.name);
	const run = await measure(node, ['--import', LIVE_HEAP, ...phase.args], { ...phase.env, LIVE_HEAP_FILE: liveFile }, 250, true);
	let liveHeapMB: number | null = null;
	try {
		liveHeapMB = Number(readFileSync(liveFile, 'utf8')) || null;
	} catch {
		// A phase that stopped before its first full collection, or failed, leaves no figure.
	}
	results.push({ phase: phase.name, seconds: Number(run.seconds.toFixed(1)), peakRssMB: run.peakRssMB, liveHeapMB });
	if (run.code !== 0) {
		console.error(`[build] the ${phase.name} phase failed (exit ${run.code}); see its messages above.`);
		process.exit(run.code);
	}
}
const total = { seconds: Number(results.reduce((n, r) => n + r.seconds, 0).toFixed(1)), peakRssMB: Math.max(...results.map((r) => r.peakRssMB)) };
console.log('[build] phase   time      peak memory  live heap');
for (const r of results) console.log(`[build] ${r.phase.padEnd(7)} ${`${r.seconds} s`.padEnd(9)} ${`${r.peakRssMB} MB`.padEnd(12)} ${r.liveHeapMB === null ? '–' : `${r.liveHeapMB} MB`}`);
console.log(`[build] total   ${`${total.seconds} s`.padEnd(9)} ${total.peakRssMB} MB (the largest phase)`);
if (values.summary) writeFileSync(values.summary, JSON.stringify({ phases: results, total }, null, 2));
