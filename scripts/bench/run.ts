/**
 * `npm run bench [-- --sizes 100,1000] [--no-browser] [--no-baseline] [--no-rebuild] [--catalogue] [--search-only] [--queries N]`
 * `--search-only` measures search against the build a previous run left in bench/tmp/dist-<N>
 * and writes its figures into that run's bench/results-<N>.json (at 40,000 the build alone is
 * over an hour); `--queries N` measures an evenly spaced N of the query set.
 * `--catalogue` builds only a sharded build's catalogue job (SITE_PAGES=catalogue: listings,
 * insight and downloads, no report pages or index), with no browser part or rebuild, into
 * bench/results-<N>-catalogue.json: what a multi-year archive's catalogue costs.
 * For each size: synthetic corpus → parse throughput → full build (time, peak memory of the
 * whole process tree) → sizes → rebuild after adding one report → search quality and cost in
 * Chromium against the served build, beside Pagefind's default indexing as a baseline.
 * Writes bench/results-<N>.json and prints a table. Timing lives here, never in tests.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from './build.ts';
import { corpusFiles, writeCorpus } from './corpus.ts';
import { parseThroughput } from './parse-throughput.ts';
import { parseFiles } from '../../src/report/index.ts';
import { withLargeHeap } from '../lib/heap.ts';
import type { SearchBench } from './search.ts';

// The oracle holds every report's text as characters: at 40,000 it outgrew V8's default heap.
withLargeHeap();

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '100,1000' },
		'no-browser': { type: 'boolean', default: false },
		'no-baseline': { type: 'boolean', default: false },
		'no-rebuild': { type: 'boolean', default: false },
		catalogue: { type: 'boolean', default: false },
		'search-only': { type: 'boolean', default: false },
		queries: { type: 'string' },
	},
});
const queryCount = values.queries === undefined ? undefined : Number(values.queries);
if (queryCount !== undefined && !(Number.isInteger(queryCount) && queryCount > 0)) throw new Error(`--queries takes a whole number above 0, not "${values.queries}".`);
const ROOT = join(import.meta.dirname, '../..');
const TMP = join(ROOT, 'bench/tmp');
mkdirSync(TMP, { recursive: true });

const machine = { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() };
const table: Record<string, unknown>[] = [];
const searchTable: Record<string, unknown>[] = [];

/** Search columns of the table: ours, then the default-Pagefind baseline and ours ÷ baseline. */
function searchColumns(s: SearchBench): Record<string, unknown> {
	return {
		recall: s.recall,
		precision: s.precision,
		coldKB: s.coldKBMedian,
		warmKB: s.warmKBMedian,
		coldMs: s.coldMsMedian,
		warmMs: s.warmMsMedian,
		baseRecall: s.baselineRecall,
		basePrecision: s.baselinePrecision,
		baseFalseHits: s.baselineFalseHitsAbsent,
		baseColdKB: s.baselineColdKBMedian,
		baseWarmKB: s.baselineWarmKBMedian,
		'cold/warm KB ÷ base': `${s.ratioColdKB ?? '–'} / ${s.ratioWarmKB ?? '–'}`,
		'cold/warm ms ÷ base': `${s.ratioColdMs ?? '–'} / ${s.ratioWarmMs ?? '–'}`,
	};
}

/** Search again over the build of an earlier run of this size, into that run's results. */
async function searchOnly(size: number): Promise<void> {
	const dist = join(TMP, `dist-${size}`);
	const out = join(ROOT, `bench/results-${size}.json`);
	if (!existsSync(join(dist, 'pagefind')) || !existsSync(out)) {
		throw new Error(`--search-only needs a finished run of ${size} reports (${dist} and ${out}): run \`npm run bench -- --sizes ${size}\` first.`);
	}
	const files = corpusFiles(size).slice(0, size);
	const { benchSearch } = await import('./search.ts');
	const { reports } = parseFiles(files);
	const search = await benchSearch(dist, reports, files, { baseline: !values['no-baseline'], queries: queryCount });
	const result = { ...JSON.parse(readFileSync(out, 'utf8')), search, searchMachine: { ...machine } };
	writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
	console.table([{ reports: size, ...searchColumns(search) }]);
}

for (const size of values.sizes.split(',').map(Number)) {
	if (values['search-only']) {
		await searchOnly(size);
		continue;
	}
	const corpus = join(TMP, `corpus-${size}`);
	const dist = join(TMP, `dist-${size}`);
	const files = writeCorpus(corpus, size);
	const parseMBps = parseThroughput(files.slice(0, size));
	const sourceBytes = files.slice(0, size).reduce((n, f) => n + f.bytes.length, 0);
	// One cache per size: the rebuild below reuses it, as a real incremental build would.
	const cache = join(TMP, `cache-${size}`);
	const catalogue = values.catalogue;
	const build = await buildSite(corpus, dist, cache, catalogue ? { SITE_PAGES: 'catalogue' } : {});

	// Add one report and build again: what a nightly update of a large library costs.
	let rebuild: Awaited<ReturnType<typeof buildSite>> | null = null;
	if (!values['no-rebuild'] && !catalogue) {
		const extra = files[size]!;
		writeFileSync(join(corpus, extra.file), extra.bytes);
		rebuild = await buildSite(corpus, join(TMP, `dist-${size}-rebuild`), cache);
	}

	const resultFile = join(ROOT, `bench/results-${size}${catalogue ? '-catalogue' : ''}.json`);
	const built = { machine, reports: size, catalogue, sourceBytes, parseMBps, ...build, rebuildSeconds: rebuild?.buildSeconds ?? null, rebuildRatio: rebuild ? Number((rebuild.buildSeconds / build.buildSeconds).toFixed(2)) : null };
	// Written before the browser runs as well: at 40,000 the browser once crashed after the
	// build's half hour, and the build's figures went with it.
	writeFileSync(resultFile, `${JSON.stringify({ ...built, search: null }, null, 2)}\n`);
	let search: SearchBench | null = null;
	if (!values['no-browser'] && !catalogue) {
		const { benchSearch } = await import('./search.ts');
		// The oracle's reports, parsed only now: held through the build, they doubled the memory in use.
		const { reports } = parseFiles(files.slice(0, size));
		search = await benchSearch(dist, reports, files.slice(0, size), { baseline: !values['no-baseline'], queries: queryCount });
	}
	const result = { ...built, search };
	writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
	table.push({
		reports: size,
		sourceMB: (sourceBytes / 1e6).toFixed(1),
		parseMBps,
		buildSeconds: build.buildSeconds,
		phases: build.phases.map((p) => `${p.phase} ${p.seconds}s/${p.peakRssMB}MB${p.liveHeapMB ? ` (live ${p.liveHeapMB}MB)` : ''}`).join(', '),
		peakRssMB: build.buildPeakRssMB,
		distMB: (build.distBytes / 1e6).toFixed(1),
		distKBPerReport: (build.distBytes / 1024 / size).toFixed(1),
		largestFileMB: (build.largestFileBytes / 1e6).toFixed(1),
		indexMB: (build.indexBytes / 1e6).toFixed(1),
		reportPageGzKB: (build.largestReportPageGzipBytes / 1024).toFixed(1),
		rebuildRatio: result.rebuildRatio,
	});
	if (search) searchTable.push({ reports: size, ...searchColumns(search) });
	console.table(table);
	if (searchTable.length) console.table(searchTable);
}
