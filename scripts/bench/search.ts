/**
 * Search quality and cost over a built site, in one headless Chromium, beside a baseline.
 *
 * Ours: the real search page. Cold = a fresh page with an empty HTTP cache opening
 * /search/?q=… (bytes of everything but the HTML document, so the Pagefind runtime and the
 * page's script count; time from navigation start to results shown). Warm = one page,
 * query after query through the form (bytes without runtime files; time submit → done).
 * Recall and precision are over the FULL result set (the page lists 20 at a time): after the
 * measured search, the page's own Pagefind instance is asked the same exact term; its ids map
 * to reports through the fragments on disk. The page's "共 N 篇" must equal that set's size.
 *
 * Baseline: the same report pages indexed by Pagefind's defaults (HTML, `zh-CN`, its own
 * segmentation) into <dist>/pagefind-baseline/, queried raw (unquoted) through its
 * pagefind.js in a page of the site, fetching the first 10 results' fragments (one screen, as ours shows) as a result
 * list would. Expected reports come from each report's text as its built page shows it
 * (scripts/lib/search-oracle.ts, plain substring tests), as in tests/e2e/search-quality.test.ts.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Page, Response } from 'playwright-core';
import type { Report } from '../../src/report/index.ts';
import { decodeReport } from '../../src/report/decode.ts';
import { rejoinPageBreaks, toLines } from '../../src/report/lines.ts';
import { pagefindQuery } from '../../src/search/shared/pagefind-query.ts';
import { parseQuery } from '../../src/search/shared/index.ts';
import { launchBrowser, type Browser } from '../lib/browser.ts';
import { expectedIds, oracleQuery, oracleReports, type OracleReport } from '../lib/search-oracle.ts';
import { serveStatic } from '../lib/static-server.ts';

/** Results a list shows at once (the search page's PAGE_SIZE); the baseline fetches as many fragments. */
const SHOWN = 10;
const BASELINE_DIR = 'pagefind-baseline';
/** Runtime files: Pagefind's code and wasm, its entry/meta, the page's bundled scripts. */
const RUNTIME = /\/(pagefind(-worker)?\.js|wasm\.[^/]*|pagefind-entry\.json|parts\.json|[^/]*\.pf_meta)$|\/_astro\/[^/]*\.js$/;

export interface BenchQuery {
	kind: string;
	q: string;
}

/** Flat, JSON-friendly numbers (KB = 1024 bytes, MB = 10⁶ bytes as in run.ts, ms; all rounded). */
export interface SearchBench {
	queries: number;
	expectedReportHits: number;
	recall: number;
	precision: number;
	/** Reports returned for the absent strings (in no report; includes the redacted phone number). */
	falseHitsAbsent: number;
	/** Queries where the page's "共 N 篇" or its listed reports disagree with the full result set. */
	uiMismatches: number;
	runtimeKB: number;
	indexMB: number;
	/** Cold: fresh page, empty HTTP cache, /search/?q=…; bytes of all but the HTML document; ms from navigation start to results (with facet and section counts) shown. */
	coldKBMedian: number;
	coldKBP95: number;
	coldMsMedian: number;
	coldMsP95: number;
	/** Warm: the same page after an unmeasured first query; bytes without runtime files; ms from submit to results shown. */
	warmKBMedian: number;
	warmKBP95: number;
	warmMsMedian: number;
	warmMsP95: number;
	baselineIndexSeconds?: number;
	baselineIndexMB?: number;
	baselineRecall?: number;
	baselinePrecision?: number;
	baselineFalseHitsAbsent?: number;
	baselineRuntimeKB?: number;
	/** Baseline cold: fresh page of the site, empty cache; ms and bytes from importing pagefind.js to the first 10 fragments loaded. */
	baselineColdKBMedian?: number;
	baselineColdKBP95?: number;
	baselineColdMsMedian?: number;
	baselineColdMsP95?: number;
	baselineWarmKBMedian?: number;
	baselineWarmKBP95?: number;
	baselineWarmMsMedian?: number;
	baselineWarmMsP95?: number;
	/** Ours ÷ baseline (medians; null when the baseline's is 0). */
	ratioColdKB?: number | null;
	ratioWarmKB?: number | null;
	ratioColdMs?: number | null;
	ratioWarmMs?: number | null;
	ratioIndexMB?: number | null;
	browserSeconds: number;
	[recallByKind: `recall_${string}` | `baselineRecall_${string}`]: number;
}

/** Deterministic pseudo-random numbers (the quality test's generator). */
function rng(seed: number) {
	return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Page-break joins in the source files: the 3 characters either side of each cut the parser rejoins. */
function pageBreakJoins(files: Array<{ file: string; bytes: Uint8Array }>): string[] {
	const out: string[] = [];
	for (const { file, bytes } of files) {
		const lines = toLines(decodeReport(bytes, file).text);
		for (let i = 5; i + 1 < lines.length; i++) {
			const [a, b] = [lines[i]!, lines[i + 1]!];
			if (a.line + 1 === b.line || rejoinPageBreaks([a, b]).length !== 1) continue; // a cut leaves a blank line or none; keep real joins
			out.push([...a.text].slice(-3).join('') + [...b.text].slice(0, 3).join(''));
		}
	}
	return out;
}

/** The query set: the search issue's categories, fixed strings plus strings drawn from the corpus with a fixed seed. */
export function benchQueries(oracle: OracleReport[], files: Array<{ file: string; bytes: Uint8Array }> = []): BenchQuery[] {
	const queries: BenchQuery[] = [];
	const add = (kind: string, ...qs: string[]) => queries.push(...qs.filter((q) => !queries.some((x) => x.q === q)).map((q) => ({ kind, q })));
	add('common', '法律顾问', '依法行政', '法治政府', '普法', '行政执法', '宪法', '民法典', '司法所', '矛盾纠纷', '公共法律服务', '合法性审查', '第一责任人', '重大行政决策', '人民调解');
	add('straddle', '律顾问', '法治政', '依法行', '治政府建', '政府法', '法律顾', '建设情况', '推进法治', '执法人', '政务公');
	add('single', '法', '顾', '镇', '犯', '。', '《', '%', '1', '9', 'a');
	add('digits', '2021年', '2022年', '2023年', '2024年', '12348', '100%', '3次', '2024');
	add('absent', '量子计算机', '区块链法治', '法律顾问团队长', '依法治国论坛', 'xyz', '15923252937');
	add('whitespace', '法律 顾问', ' 依法　行政 ');
	// The query language: every term (AND), phrases, exclusions, full-width forms both ways.
	add('multi-term', '法律顾问 行政复议', '依法行政　法治政府', '普法 宪法 民法典', '矛盾纠纷 人民调解');
	add('quoted', '"法律 顾问"', '“依法 行政”', '"法治政府" 普法', '“第一责任人”');
	add('excluded', '法律顾问 -行政复议', '普法 -宪法', '法治 -"法律顾问"', '-宪法');
	add('hyphen', '2021-2025', '-');
	add('full-width', '２０２３', '２０２３年', '(一)', '１２３４８', 'ＡＢＣ');
	const random = rng(20240611);
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
	// Page-break joins that made it into the published text (the oracle finds them), drawn in a seeded order.
	const joins = pageBreakJoins(files.slice(0, 60));
	const published = (q: string) => oracle.some((r) => r.units.some((u) => u.text.includes(q)));
	add('page-break', '预防未成年人犯罪法');
	for (let tries = 0, found = 0; found < 8 && tries < 200 && joins.length; tries++) {
		const q = pick(joins);
		if (!queries.some((x) => x.q === q) && published(q)) (add('page-break', q), found++);
	}
	for (const { report } of oracle.slice(0, 2)) add('title-block', ...(report.docNumber ? [report.docNumber] : []));
	for (let i = 0; i < 12; i++) {
		const u = pick(pick(oracle).units.filter((x) => x.chars.length > 12));
		const len = 2 + Math.floor(random() * 6);
		const at = Math.floor(random() * (u.chars.length - len));
		add('sampled', u.chars.slice(at, at + len).join(''));
	}
	for (let i = 0; i < 4; i++) {
		const r = pick(oracle);
		const k = Math.floor(random() * (r.units.length - 1));
		add('across-units', r.units[k]!.chars.slice(-2).join('') + r.units[k + 1]!.chars.slice(0, 2).join(''));
	}
	return queries;
}

/** Expected report ids: a substring prefilter on each report's joined units, then the oracle. */
function expectedFor(oracle: OracleReport[], joined: string[], q: string): string[] {
	const { include } = oracleQuery(q);
	if (include.length === 0) return [];
	return expectedIds(oracle.filter((_, i) => include.every((t) => joined[i]!.includes(t))), q);
}

/** Pagefind result id (fragment file name) → report id, from the fragments on disk. */
function fragmentReports(bundle: string): Map<string, string> {
	const map = new Map<string, string>();
	// One bundle (the baseline) or one per index part (ours: parts/<name>/fragment/).
	for (const entry of readdirSync(bundle, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.pf_fragment')) continue;
		const text = gunzipSync(readFileSync(join(entry.parentPath, entry.name))).toString('utf8');
		const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
		const id = url.match(/\/reports\/([^/]+)\//)?.[1];
		if (id) map.set(entry.name.replace(/\.pf_fragment$/, ''), id);
	}
	return map;
}

function folderMB(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	return total / 1e6;
}

async function writeBaseline(distDir: string): Promise<number> {
	const out = join(distDir, BASELINE_DIR);
	rmSync(out, { recursive: true, force: true });
	const started = performance.now();
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index || errors.length) throw new Error(`Pagefind createIndex failed: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: distDir, glob: 'reports/**/*.html' });
		if (added.errors.length || added.page_count === 0) throw new Error(`Pagefind addDirectory failed (${added.page_count} pages): ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: out });
		if (written.errors.length) throw new Error(`Pagefind writeFiles failed: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
	return (performance.now() - started) / 1000;
}

/** Records transfer sizes of the page's responses from now until `stop()`; `snapshot()` totals what has arrived so far. */
function recordBytes(page: Page): { snapshot(): Promise<{ total: number; runtime: number }>; stop(): Promise<{ total: number; runtime: number }> } {
	const sizes: Array<Promise<{ url: string; size: number; document: boolean }>> = [];
	const onResponse = (r: Response) =>
		sizes.push(
			r
				.request()
				.sizes()
				.then((s) => ({ url: r.url(), size: s.responseBodySize + s.responseHeadersSize, document: r.request().resourceType() === 'document' }))
				.catch(() => ({ url: r.url(), size: 0, document: false })),
		);
	page.on('response', onResponse);
	const snapshot = async () => {
		const got = (await Promise.all([...sizes])).filter((s) => !s.document);
		const runtime = got.filter((s) => RUNTIME.test(new URL(s.url).pathname));
		return { total: got.reduce((n, s) => n + s.size, 0), runtime: runtime.reduce((n, s) => n + s.size, 0) };
	};
	return {
		snapshot,
		async stop() {
			page.off('response', onResponse);
			return snapshot();
		},
	};
}

/** A page with an empty HTTP cache (module map and memory are per page anyway). */
/**
 * How long a page may take for one step (results, then section counts): at 40,000 reports a
 * cold query's section counts took over Playwright's default 30 s, and a slow answer is a
 * measurement, not a failure.
 */
const STEP_TIMEOUT_MS = 15 * 60_000;

async function coldPage(browser: Browser): Promise<Page> {
	const page = await browser.context.newPage();
	page.setDefaultTimeout(STEP_TIMEOUT_MS);
	const cdp = await browser.context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
	return page;
}

/** Time (since navigation start) at which the search page reported results done for a query. */
const WATCH_DONE = () => {
	new MutationObserver((records) => {
		for (const r of records) {
			const el = r.target as HTMLElement;
			if (el.id === 'search-results' && el.dataset.searchStatus === 'done' && new URLSearchParams(location.search).get('q'))
				(window as unknown as { __doneAt?: number }).__doneAt ??= performance.now();
		}
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-search-status'] });
};

interface Measured {
	kb: number;
	runtimeKB: number;
	ms: number;
}

interface Answer {
	ids: string[];
	uiOk: boolean;
}

async function oursCold(browser: Browser, base: string, q: string): Promise<Measured> {
	const page = await coldPage(browser);
	await page.addInitScript(WATCH_DONE);
	const bytes = recordBytes(page);
	await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
	await page.waitForFunction(() => (window as unknown as { __doneAt?: number }).__doneAt !== undefined);
	const ms = await page.evaluate(() => (window as unknown as { __doneAt: number }).__doneAt);
	const { total, runtime } = await bytes.stop();
	await page.close();
	return { kb: total / 1024, runtimeKB: runtime / 1024, ms };
}

/** One query through the form of an open search page, then the full result set from the page's own Pagefind. */
async function oursWarm(page: Page, base: string, q: string, reportOf: Map<string, string>): Promise<Measured & Answer> {
	// The previous query finishes first, so its bytes are not counted here.
	await page.waitForSelector('#search-results[data-search-status="done"]');
	const bytes = recordBytes(page);
	const ms = await page.evaluate(async (q) => {
		const results = document.getElementById('search-results')!;
		results.dataset.searchStatus = 'stale';
		(document.getElementById('search-q') as HTMLInputElement).value = q;
		const start = performance.now();
		const done = new Promise<void>((ok) => {
			const watch = new MutationObserver(() => results.dataset.searchStatus === 'done' && (watch.disconnect(), ok()));
			watch.observe(results, { attributes: true });
		});
		(document.getElementById('search-form') as HTMLFormElement).requestSubmit();
		await done;
		return performance.now() - start;
	}, q);
	const { total, runtime } = await bytes.stop();
	// The full result set, term by term as the page combines them (src/search/browser/engine.ts).
	const parsed = parseQuery(q);
	const terms = { include: parsed.include.map((t) => pagefindQuery(t.chars)!.exact), exclude: parsed.exclude.map((t) => pagefindQuery(t.chars)!.exact) };
	const got = await page.evaluate(
		async ({ base, terms }) => {
			// The primary index part, as the page loaded it (src/search/browser/engine.ts).
			const { parts, collisions } = (await (await fetch(`${base}/pagefind/parts.json`)).json()) as { parts: string[]; collisions: Record<string, unknown> };
			const url = `${base}/pagefind/parts/${parts[0]}/pagefind.js`;
			const listed = [...document.querySelectorAll<HTMLElement>('#search-list [data-report-id]')].map((li) => li.dataset.reportId!);
			const summary = document.getElementById('search-summary')!.textContent ?? '';
			if (terms.include.length === 0) return { all: [], listed, summary };
			// The same module instance the page imported (same URL), so its chunks are already loaded.
			const pf = (await import(url)) as { search(t: string, o: object): Promise<{ results: Array<{ id: string; data(): Promise<{ url: string }> }> }> };
			// A page hash that two parts share (parts.json lists them) names two reports: read which from the fragment.
			const idOf = async (r: { id: string; data(): Promise<{ url: string }> }) => (collisions[r.id] ? `url:${(await r.data()).url}` : r.id);
			const ids = async (term: string) => new Set(await Promise.all((await pf.search(term, {})).results.map(idOf)));
			let all = [...(await ids(terms.include[0]!))];
			for (const term of terms.include.slice(1)) {
				const these = await ids(term);
				all = all.filter((id) => these.has(id));
			}
			for (const term of terms.exclude) {
				const these = await ids(term);
				all = all.filter((id) => !these.has(id));
			}
			return { all, listed, summary };
		},
		{ base, terms },
	);
	const ids = got.all.map((id) => (id.startsWith('url:') ? (id.match(/\/reports\/([^/]+)\//)?.[1] ?? `?${id}`) : (reportOf.get(id) ?? `?${id}`)));
	const total_ = Number(got.summary.match(/共 (\d+) 篇/)?.[1] ?? 0);
	const uiOk = total_ === ids.length && got.listed.length === Math.min(SHOWN, ids.length) && got.listed.every((id) => ids.includes(id));
	return { kb: (total - runtime) / 1024, runtimeKB: runtime / 1024, ms, ids, uiOk };
}

/** The baseline in a loaded page of the site: import its pagefind.js, search the raw query, fetch the first fragments. */
async function baselineQuery(page: Page, base: string, q: string, reportOf: Map<string, string>): Promise<Measured & Answer> {
	const bytes = recordBytes(page);
	const got = await page.evaluate(
		async ({ url, q, shown }) => {
			const start = performance.now();
			const pf = (await import(url)) as { search(t: string): Promise<{ results: Array<{ id: string; data(): Promise<unknown> }> }> };
			const found = await pf.search(q);
			await Promise.all(found.results.slice(0, shown).map((r) => r.data()));
			return { ms: performance.now() - start, all: found.results.map((r) => r.id) };
		},
		{ url: `${base}/${BASELINE_DIR}/pagefind.js`, q, shown: SHOWN },
	);
	const { total, runtime } = await bytes.stop();
	return { kb: total / 1024, runtimeKB: runtime / 1024, ms: got.ms, ids: got.all.map((id) => reportOf.get(id) ?? `?${id}`), uiOk: true };
}

function quantile(values: number[], p: number): number {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));
/** Ours ÷ baseline; null when the baseline spent nothing (e.g. no bytes warm on a small corpus). */
const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 2) : null);

interface Score {
	tp: number;
	expected: number;
	returned: number;
	falseAbsent: number;
}

function score(queries: BenchQuery[], expected: string[][], got: string[][], only: (i: number) => boolean = () => true): Score {
	const s: Score = { tp: 0, expected: 0, returned: 0, falseAbsent: 0 };
	expected.forEach((want, i) => {
		if (!only(i)) return;
		const ids = new Set(got[i]);
		s.expected += want.length;
		s.returned += ids.size;
		s.tp += want.filter((id) => ids.has(id)).length;
		if (queries[i]!.kind === 'absent') s.falseAbsent += ids.size;
	});
	return s;
}

// Six digits: at 40,000 reports (~480,000 expected hits) three would round a few misses to 1.
const recallOf = (s: Score) => round(s.expected ? s.tp / s.expected : 1, 6);
const precisionOf = (s: Score) => round(s.returned ? s.tp / s.returned : 1, 6);

/** `n` items spread over the list, first and last included; all of them without `n`. */
function evenlySpaced<T>(list: T[], n?: number): T[] {
	if (n === undefined || n >= list.length) return list;
	if (n === 1) return [list[0]!];
	return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]!);
}

/**
 * `baseline: false` skips the default-Pagefind baseline (one index of the whole corpus, which past
 * about 10,000 reports does not fit this machine); `queries: N` measures N of the query set,
 * evenly spaced so every kind keeps its share.
 */
export async function benchSearch(distDir: string, reports: Report[], files: Array<{ file: string; bytes: Uint8Array }> = [], options: { baseline?: boolean; queries?: number } = {}): Promise<SearchBench> {
	const withBaseline = options.baseline !== false;
	const oracle = oracleReports(distDir, reports);
	const joined = oracle.map((r) => r.units.map((u) => u.compared).join('\n'));
	const queries = evenlySpaced(benchQueries(oracle, files), options.queries);
	const expected = queries.map(({ q }) => expectedFor(oracle, joined, q));

	const baselineIndexSeconds = withBaseline ? await writeBaseline(distDir) : 0;
	const ourReports = fragmentReports(join(distDir, 'pagefind'));
	const baseReports = withBaseline ? fragmentReports(join(distDir, BASELINE_DIR)) : new Map<string, string>();

	const started = performance.now();
	const server = await serveStatic(distDir);
	const browser = await launchBrowser();
	const ours = { cold: [] as Measured[], warm: [] as Array<Measured & Answer> };
	const baseline = { cold: [] as Measured[], warm: [] as Array<Measured & Answer> };
	try {
		for (const { q } of queries) {
			ours.cold.push(await oursCold(browser, server.url, q));
			if (!withBaseline) continue;
			const page = await coldPage(browser);
			await page.goto(`${server.url}/`);
			baseline.cold.push(await baselineQuery(page, server.url, q, baseReports));
			await page.close();
		}
		// Warm: one page each; a first query (in no report) loads the runtime and filters, unmeasured.
		const page = await coldPage(browser);
		await page.goto(`${server.url}/search/`);
		await page.waitForSelector('#search-results[data-search-status="done"]');
		await oursWarm(page, server.url, '量子纠缠', ourReports);
		for (const { q } of queries) ours.warm.push(await oursWarm(page, server.url, q, ourReports));
		if (withBaseline) {
			await page.goto(`${server.url}/`);
			await baselineQuery(page, server.url, '量子纠缠', baseReports);
			for (const { q } of queries) baseline.warm.push(await baselineQuery(page, server.url, q, baseReports));
		}
		await page.close();
	} finally {
		await browser.close();
		await server.close();
	}

	// Per query, beside the build (bench/tmp/dist-N-queries.json), for looking into the numbers.
	const detail = queries.map(({ kind, q }, i) => ({
		kind,
		q,
		expected: expected[i]!.length,
		ours: ours.warm[i]!.ids.length,
		oursMissed: expected[i]!.filter((id) => !ours.warm[i]!.ids.includes(id)).length,
		uiOk: ours.warm[i]!.uiOk,
		baseline: baseline.warm[i]?.ids.length ?? null,
		baselineMissed: baseline.warm[i] ? expected[i]!.filter((id) => !baseline.warm[i]!.ids.includes(id)).length : null,
		coldKB: round(ours.cold[i]!.kb),
		coldMs: Math.round(ours.cold[i]!.ms),
		warmKB: round(ours.warm[i]!.kb),
		warmMs: Math.round(ours.warm[i]!.ms),
		baselineColdKB: baseline.cold[i] ? round(baseline.cold[i]!.kb) : null,
		baselineColdMs: baseline.cold[i] ? Math.round(baseline.cold[i]!.ms) : null,
		baselineWarmKB: baseline.warm[i] ? round(baseline.warm[i]!.kb) : null,
		baselineWarmMs: baseline.warm[i] ? Math.round(baseline.warm[i]!.ms) : null,
	}));
	writeFileSync(`${distDir.replace(/\/$/, '')}-queries.json`, `${JSON.stringify(detail, null, 1)}\n`);
	const oursScore = score(queries, expected, ours.warm.map((a) => a.ids));
	const baseScore = withBaseline ? score(queries, expected, baseline.warm.map((a) => a.ids)) : null;
	const stats = (m: { cold: Measured[]; warm: Measured[] }) => ({
		ColdKBMedian: round(quantile(m.cold.map((x) => x.kb), 0.5)),
		ColdKBP95: round(quantile(m.cold.map((x) => x.kb), 0.95)),
		ColdMsMedian: Math.round(quantile(m.cold.map((x) => x.ms), 0.5)),
		ColdMsP95: Math.round(quantile(m.cold.map((x) => x.ms), 0.95)),
		WarmKBMedian: round(quantile(m.warm.map((x) => x.kb), 0.5)),
		WarmKBP95: round(quantile(m.warm.map((x) => x.kb), 0.95)),
		WarmMsMedian: Math.round(quantile(m.warm.map((x) => x.ms), 0.5)),
		WarmMsP95: Math.round(quantile(m.warm.map((x) => x.ms), 0.95)),
	});
	const mine = stats(ours);
	const base = withBaseline ? stats(baseline) : null;
	const kinds = [...new Set(queries.map((x) => x.kind))];
	const byKind: Record<string, number> = {};
	for (const kind of kinds) {
		const only = (i: number) => queries[i]!.kind === kind;
		byKind[`recall_${kind}`] = recallOf(score(queries, expected, ours.warm.map((a) => a.ids), only));
		if (withBaseline) byKind[`baselineRecall_${kind}`] = recallOf(score(queries, expected, baseline.warm.map((a) => a.ids), only));
	}
	const indexMB = folderMB(join(distDir, 'pagefind'));
	const baselineIndexMB = withBaseline ? folderMB(join(distDir, BASELINE_DIR)) : 0;

	function baselineFields(): Partial<SearchBench> {
		if (!baseScore || !base) return {};
		return {
			baselineIndexSeconds: round(baselineIndexSeconds),
			baselineIndexMB: round(baselineIndexMB, 2),
			baselineRecall: recallOf(baseScore),
			baselinePrecision: precisionOf(baseScore),
			baselineFalseHitsAbsent: baseScore.falseAbsent,
			baselineRuntimeKB: round(quantile(baseline.cold.map((x) => x.runtimeKB), 0.5)),
			baselineColdKBMedian: base.ColdKBMedian,
			baselineColdKBP95: base.ColdKBP95,
			baselineColdMsMedian: base.ColdMsMedian,
			baselineColdMsP95: base.ColdMsP95,
			baselineWarmKBMedian: base.WarmKBMedian,
			baselineWarmKBP95: base.WarmKBP95,
			baselineWarmMsMedian: base.WarmMsMedian,
			baselineWarmMsP95: base.WarmMsP95,
			ratioColdKB: ratio(mine.ColdKBMedian, base.ColdKBMedian),
			ratioWarmKB: ratio(mine.WarmKBMedian, base.WarmKBMedian),
			ratioColdMs: ratio(mine.ColdMsMedian, base.ColdMsMedian),
			ratioWarmMs: ratio(mine.WarmMsMedian, base.WarmMsMedian),
			ratioIndexMB: ratio(indexMB, baselineIndexMB),
		};
	}
	return {
		queries: queries.length,
		expectedReportHits: oursScore.expected,
		recall: recallOf(oursScore),
		precision: precisionOf(oursScore),
		falseHitsAbsent: oursScore.falseAbsent,
		uiMismatches: ours.warm.filter((a) => !a.uiOk).length,
		runtimeKB: round(quantile(ours.cold.map((x) => x.runtimeKB), 0.5)),
		indexMB: round(indexMB, 2),
		coldKBMedian: mine.ColdKBMedian,
		coldKBP95: mine.ColdKBP95,
		coldMsMedian: mine.ColdMsMedian,
		coldMsP95: mine.ColdMsP95,
		warmKBMedian: mine.WarmKBMedian,
		warmKBP95: mine.WarmKBP95,
		warmMsMedian: mine.WarmMsMedian,
		warmMsP95: mine.WarmMsP95,
		...(withBaseline ? baselineFields() : {}),
		browserSeconds: round((performance.now() - started) / 1000),
		...byKind,
	};
}
