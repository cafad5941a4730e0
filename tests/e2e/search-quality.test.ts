/**
 * Search quality over the built site (SEARCH_DIST, default dist/; the oracle parses
 * REPORTS_DIR, default seeds/, for the reports' facts), through the real search page in
 * Chromium: for every query, the reports listed must be exactly those whose text, as their
 * built pages show it, contains it (recall 1.0 and precision 1.0), with the expected answer
 * computed by scripts/lib/search-oracle.ts, which also reads the query language on its own.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { expectedIds, firstTermAnchors, loadOracle, type OracleReport } from '../../scripts/lib/search-oracle.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;
let oracle: OracleReport[];
const consoleErrors: string[] = [];

/** Deterministic pseudo-random numbers, so the sampled queries are the same every run. */
function rng(seed: number) {
	return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function buildQueries(): Array<{ kind: string; q: string }> {
	const queries: Array<{ kind: string; q: string }> = [];
	const add = (kind: string, ...qs: string[]) => queries.push(...qs.map((q) => ({ kind, q })));
	add('common', '法律顾问', '依法行政', '法治政府', '普法', '行政执法', '宪法', '民法典', '司法所', '矛盾纠纷', '公共法律服务', '合法性审查', '第一责任人', '重大行政决策', '法治建设', '人民调解');
	add('straddle', '律顾问', '法治政', '依法行', '治政府建', '政府法', '法律顾', '建设情况', '推进法治', '执法人', '政务公');
	add('single', '法', '顾', '镇', '犯', '。', '（', '《', '%', '1', '9', 'a', '𠀀');
	add('digits', '2021年', '2022年', '2023年', '2024年', '12348', '100%', '3次', '2024');
	add('absent', '宣传普法', '量子计算机', '区块链法治', '法律顾问团队长', '依法治国论坛', 'xyz');
	add('personal', '15923252937', '159****2937');
	add('whitespace', '法律 顾问', ' 依法　行政 ');
	// The query language (tests/e2e/search-query.test.ts has each rule): terms ANDed, phrases, exclusions, full-width forms.
	add('multi-term', '法律顾问 行政复议', '依法行政　法治政府', '普法 宪法 民法典');
	add('quoted', '"法律 顾问"', '“依法 行政”', '"法治政府" 普法');
	add('excluded', '法律顾问 -行政复议', '普法 -宪法', '-宪法', '2021-2025');
	add('full-width', '２０２３', '２０２３年', '(一)', '１２３４８', 'ＡＢＣ');
	// Strings spanning rejoined page breaks, from the gold file.
	const gold = JSON.parse(readFileSync('tests/fixtures/seeds.json', 'utf8')) as { reports: Array<{ clean: { include: string[] } }> };
	add('page-break', '预防未成年人犯罪法', ...gold.reports.flatMap((r) => r.clean.include).slice(0, 10));
	// The title block: title and metadata lines are published text too.
	for (const { report } of oracle.slice(0, 3)) add('title-block', report.title.replace(/\s/g, '').slice(2, 14), ...(report.docNumber ? [report.docNumber] : []));
	// Substrings at random places (most straddle jieba's word cuts), and across unit joins.
	const random = rng(20240611);
	const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
	for (let i = 0; i < 24; i++) {
		const u = pick(pick(oracle).units.filter((x) => x.chars.length > 12));
		const len = 2 + Math.floor(random() * 6);
		const at = Math.floor(random() * (u.chars.length - len));
		add('sampled', u.chars.slice(at, at + len).join(''));
	}
	for (let i = 0; i < 12; i++) {
		const r = pick(oracle);
		const k = Math.floor(random() * (r.units.length - 1));
		add('across-units', r.units[k]!.chars.slice(-2).join('') + r.units[k + 1]!.chars.slice(0, 2).join(''));
	}
	return queries;
}

async function search(q: string): Promise<{ ids: string[]; summary: string; links: Array<{ id: string; href: string }> }> {
	await page.evaluate(() => {
		document.getElementById('search-results')!.dataset.searchStatus = 'stale';
	});
	await page.fill('#search-q', q);
	await page.press('#search-q', 'Enter');
	await page.waitForSelector('#search-results[data-search-status="done"]');
	return page.evaluate(() => {
		const items = [...document.querySelectorAll<HTMLElement>('[data-report-id]')];
		return {
			ids: items.map((li) => li.dataset.reportId!),
			summary: document.getElementById('search-summary')!.textContent ?? '',
			links: items.map((li) => ({ id: li.dataset.reportId!, href: li.querySelector('a')!.getAttribute('href')! })),
		};
	});
}

beforeAll(async () => {
	const dist = process.env.SEARCH_DIST || 'dist';
	oracle = await loadOracle(dist, process.env.REPORTS_DIR || 'seeds');
	server = await serveStatic(dist);
	browser = await launchBrowser();
	page = await browser.context.newPage();
	page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
	page.on('pageerror', (e) => consoleErrors.push(e.message));
	await page.goto(`${server.url}/search/`);
	await page.waitForSelector('#search-results[data-search-status="done"]');
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('search quality', () => {
	it('finds exactly the reports containing each query (recall 1.0, precision 1.0)', async () => {
		const queries = buildQueries();
		expect(queries.length).toBeGreaterThanOrEqual(60);
		let truePositives = 0;
		let expectedTotal = 0;
		let returnedTotal = 0;
		const failures: string[] = [];
		for (const { kind, q } of queries) {
			const expected = expectedIds(oracle, q);
			const got = await search(q);
			const ids = [...got.ids].sort();
			// The page lists 20 reports at a time: all of them on the seeds; on a big corpus
			// (SEARCH_DIST) the listed ones must be right and the total must be exact.
			const listed = expected.length <= ids.length ? expected : expected.filter((id) => ids.includes(id));
			if (ids.length < Math.min(expected.length, 10)) failures.push(`${kind} ${JSON.stringify(q)}: only ${ids.length} listed`);
			expectedTotal += listed.length;
			returnedTotal += ids.length;
			truePositives += ids.filter((id) => expected.includes(id)).length;
			if (JSON.stringify(ids) !== JSON.stringify(listed)) failures.push(`${kind} ${JSON.stringify(q)}: got ${ids.join(',') || '∅'}, expected ${expected.join(',') || '∅'}`);
			if (expected.length > 0 && !got.summary.includes(`共 ${expected.length} 篇报告`)) failures.push(`${kind} ${JSON.stringify(q)}: summary ${got.summary}`);
			if (q === '15923252937' && ids.length > 0) failures.push(`the redacted phone number is findable in ${ids.join(',')}`);
			if (expected.length === 0 && !/没有找到|至少一个要查找的词/.test(got.summary)) failures.push(`${kind} ${JSON.stringify(q)}: no-result state missing`);
			// Each result links to its report, at a block that really holds the query's first term.
			for (const link of got.links) {
				const url = new URL(link.href, server.url);
				const r = oracle.find((o) => o.report.id === link.id)!;
				const anchors = firstTermAnchors(r, q);
				if (!link.href.startsWith(`/reports/${link.id}/#`) || !anchors.includes(decodeURIComponent(url.hash.slice(1)))) failures.push(`${q}: bad link ${link.href}`);
			}
		}
		const recall = expectedTotal ? truePositives / expectedTotal : 1;
		const precision = returnedTotal ? truePositives / returnedTotal : 1;
		console.info(`search quality: ${queries.length} queries, ${expectedTotal} expected report hits, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
		expect(failures).toEqual([]);
		expect(recall).toBe(1);
		expect(precision).toBe(1);
		expect(consoleErrors).toEqual([]);
	});
});
