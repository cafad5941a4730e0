/**
 * Separate small builds, each from its own reports folder into a temp outDir (with its own
 * content cache): a hostile report shows its markup as text and runs nothing; an empty
 * file or two reports for one township and year stop the build naming the files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtReports } from '../fixtures/site/dist.ts';
import { launchBrowser, type Browser } from '../../scripts/lib/browser.ts';
import { BUILDS, astroBuild } from './builds.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

const temps: string[] = [];
const temp = (name: string, base = tmpdir()) => {
	mkdirSync(base, { recursive: true });
	const dir = mkdtempSync(join(base, `fazhi-${name}-`));
	temps.push(dir);
	return dir;
};
interface BuildResult {
	code: number | null;
	output: string;
	outDir: string;
}

/** `astro build` of the reports in `folder` into a fresh outDir; resolves with exit code and output. */
async function build(folder: string, site = ''): Promise<BuildResult> {
	const outDir = temp('out', BUILDS);
	temps.push(`${outDir}-cache`);
	return { ...(await astroBuild(folder, outDir, { SITE_URL: site })), outDir };
}

const SEED = 'seeds/000_503008dac59c57ce.txt';
const SITE = 'https://fazhi.example.gov.cn';

describe('a hostile report', () => {
	let result: BuildResult;
	let server: StaticServer;
	let browser: Browser;

	beforeAll(async () => {
		result = await build(resolve('tests/fixtures/hostile'), SITE);
		expect(result.code, result.output).toBe(0);
		server = await serveStatic(result.outDir);
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it('shows its markup as text and runs none of it', async () => {
		const [report] = builtReports(result.outDir);
		const page = await browser.context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		await page.goto(`${server.url}/reports/${report!.id}/`);
		await page.waitForLoadState('networkidle');
		const state = await page.evaluate(() => ({
			pwned: (window as unknown as { __pwned?: number }).__pwned,
			title: document.title,
			bodyShown: getComputedStyle(document.body).display,
			injected: document.querySelectorAll('.report-body :is(script, img, iframe, style, b, i, code, em, a, h1, blockquote, ul, ol)').length,
			text: (document.querySelector('.report-body') as HTMLElement).innerText.replace(/\s+/g, ' '),
		}));
		expect(dialogs).toEqual([]);
		expect(state.pwned).toBeUndefined();
		expect(state.title).not.toContain('PWNED');
		expect(state.bodyShown).not.toBe('none');
		// Only the builder's markup: permalinks are the only links inside the text.
		expect(await page.locator('.report-body a:not(.permalink)').count()).toBe(0);
		expect(state.injected - (await page.locator('.report-body a.permalink').count())).toBe(0);
		for (const literal of [
			'<script>window.__pwned = 1;',
			'<img src="x" onerror="window.__pwned = 2">',
			'[点我](javascript:window.__pwned=3)',
			'<a href="javascript:window.__pwned=4">链接</a>',
			'# 这一行以井号开头 &amp; &lt;i&gt; `代码` ***强调*** __下划线__ <!-- 注释 -->',
			'<b>加强</b>组织领导**不是粗体**',
			'<iframe src="javascript:window.__pwned=5"></iframe>',
			'> 这不是引用 - 这不是列表 <style>body{display:none}</style>',
		]) {
			expect(state.text).toContain(literal);
		}
		// The builder's own emphasis still works on the lead phrase.
		expect(await page.locator('#problems-p1 strong').first().textContent()).toBe('一是宣传形式单一。');
		await page.close();
	});

	it('has a sitemap and absolute Open Graph URLs when a site URL is configured', () => {
		const [report] = builtReports(result.outDir);
		const index = readFileSync(join(result.outDir, 'sitemap.xml'), 'utf8');
		expect(readFileSync(join(result.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap.xml`);
		const sitemap = readFileSync(join(result.outDir, /<loc>[^<]*\/([^/<]+\.xml)<\/loc>/.exec(index)![1]!), 'utf8');
		expect(sitemap).toContain(`<loc>${SITE}/reports/${report!.id}/</loc>`);
		expect(sitemap).not.toContain('404');
		const page = readFileSync(join(result.outDir, 'reports', report!.id, 'index.html'), 'utf8');
		expect(page).toContain(`<meta property="og:url" content="${SITE}/reports/${report!.id}/">`);
	});
});

describe('bad input stops the build', () => {
	it('names an empty file', async () => {
		const folder = temp('empty');
		copyFileSync(SEED, join(folder, 'good.txt'));
		writeFileSync(join(folder, 'empty-report.txt'), '');
		const { code, output } = await build(folder);
		expect(code).not.toBe(0);
		expect(output).toContain('empty-report.txt');
		expect(output).not.toMatch(/good\.txt:/);
		expect(output).toMatch(/REPORTS_DIR|Fix or remove/);
	});

	it('names both files of one township and year', async () => {
		const folder = temp('dup');
		copyFileSync(SEED, join(folder, 'first.txt'));
		copyFileSync(SEED, join(folder, 'second.txt'));
		const { code, output } = await build(folder);
		expect(code).not.toBe(0);
		expect(output).toContain('first.txt');
		expect(output).toContain('second.txt');
	});
});
