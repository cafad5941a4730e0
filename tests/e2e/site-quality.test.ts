/**
 * Quality bar on every page type of the built site: axe (no serious or critical findings,
 * light and dark), valid HTML, nothing from other origins, readable at 375 px, previews
 * that say what the page is, keyboard focus, print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtReports, DIST, pageTypes, sitePaths } from '../fixtures/site/dist.ts';
import { useSite } from './session.ts';

const site = useSite(DIST);
const pages = pageTypes();
const AXE = 'node_modules/axe-core/axe.min.js';


async function open(path: string, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
	const page = await site.browser.context.newPage();
	await page.setViewportSize({ width: options.width ?? 1280, height: 900 });
	await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
	await page.goto(site.server.url + path);
	return page;
}

describe.each(Object.entries(pages))('%s page (%s)', (_name, path) => {
	for (const dark of [false, true]) {
		it(`has no serious or critical axe findings (${dark ? 'dark' : 'light'})`, async () => {
			const page = await open(path, { dark });
			await page.addScriptTag({ path: AXE });
			const found = await page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
				const { violations } = await axe.run();
				return violations
					.filter((v) => v.impact === 'serious' || v.impact === 'critical')
					.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(found).toEqual([]);
			await page.close();
		});
	}

	it('fits 375 px without sideways scrolling', async () => {
		const page = await open(path, { width: 375 });
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(375);
		await page.close();
	});

	it('says what it is in its title, description and Open Graph tags', async () => {
		const page = await open(path);
		const meta = await page.evaluate(() => ({
			lang: document.documentElement.lang,
			title: document.title,
			description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
			ogTitle: document.querySelector('meta[property="og:title"]')?.getAttribute('content'),
			ogDescription: document.querySelector('meta[property="og:description"]')?.getAttribute('content'),
			h1: document.querySelector('h1')?.textContent ?? '',
		}));
		expect(meta.lang).toBe('zh-CN');
		expect(meta.description?.length).toBeGreaterThan(10);
		expect(meta.ogTitle?.length).toBeGreaterThan(1);
		expect(meta.ogDescription).toBe(meta.description);
		expect(meta.title).toContain(meta.ogTitle);
		await page.close();
	});
});

describe('link previews name the place, year and part', () => {
	it('report pages name the township and year; compare pages the part', async () => {
		for (const r of builtReports()) {
			const html = readFileSync(join(DIST, 'reports', r.id, 'index.html'), 'utf8');
			const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
			expect(title).toContain(r.region.township!);
			expect(title).toContain(String(r.reportYear));
		}
		const compare = readFileSync(join(DIST, 'compare/problems/index.html'), 'utf8');
		expect(/<title>([^<]*)<\/title>/.exec(compare)![1]).toContain('存在问题');
	});
});

describe('the whole build', () => {
	const files = sitePaths();
	const html = files.filter((f) => f.endsWith('.html'));

	it('is valid HTML', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
		const problems: string[] = [];
		for (const file of html) {
			const report = await validator.validateFile(join(DIST, file));
			for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(problems).toEqual([]);
	});

	it('carries no inline script but the one that folds <details> before paint (pages stay small; a CSP can forbid inline code)', () => {
		const inline: string[] = [];
		for (const file of html) {
			const text = readFileSync(join(DIST, file), 'utf8');
			for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
				const [, attributes, code] = m;
				if (/\bsrc=/.test(attributes!) || /application\/(ld\+)?json/.test(attributes!)) continue;
				// The fold sets only the first state; its listeners are in a bundled file.
				if (code!.includes('document.currentScript.previousElementSibling') && code!.length <= 200) continue;
				inline.push(`${file}: ${code!.trim().slice(0, 60)}`);
			}
		}
		expect(inline).toEqual([]);
	});

	it('links only scripts and stylesheets that the build wrote (a page kept from an older build must not point at a renamed file)', () => {
		const written = new Set(files);
		const missing = new Set<string>();
		let linked = 0;
		for (const file of html) {
			const text = readFileSync(join(DIST, file), 'utf8');
			for (const m of text.matchAll(/\b(?:src|href)="(\/_astro\/[^"?#]+)"/g)) {
				linked++;
				if (!written.has(m[1]!)) missing.add(`${file}: ${m[1]}`);
			}
		}
		expect(linked).toBeGreaterThan(html.length);
		expect([...missing]).toEqual([]);
	});

	it('references nothing on another origin', () => {
		const offenders: string[] = [];
		for (const file of files.filter((f) => /\.(html|css|js|mjs)$/.test(f))) {
			const text = readFileSync(join(DIST, file), 'utf8');
			for (const m of text.matchAll(/(?:\b(?:src|href|action|poster|srcset)\s*=\s*["']?|url\(\s*["']?|@import\s+["']|import\s*\(?\s*["'])(?:https?:)?\/\/[^\s"')]+/gi)) {
				offenders.push(`${file}: ${m[0]}`);
			}
		}
		expect(offenders).toEqual([]);
	});

	it('requests nothing from another origin while browsing', async () => {
		const foreign: string[] = [];
		for (const path of Object.values(pages)) {
			const page = await site.browser.context.newPage();
			page.on('request', (req) => !req.url().startsWith(site.server.url) && !req.url().startsWith('data:') && foreign.push(req.url()));
			await page.goto(site.server.url + path);
			await page.waitForLoadState('networkidle');
			await page.close();
		}
		expect(foreign).toEqual([]);
	});

	it('serves the 404 page for unknown paths', async () => {
		const response = await fetch(`${site.server.url}/reports/does-not-exist/`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('页面不存在');
	});
});

describe('keyboard and print', () => {
	it('starts with a skip link and shows a focus ring', async () => {
		const page = await open(pages.report!);
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			return { text: el.textContent, href: el.getAttribute('href'), outline: getComputedStyle(el).outlineStyle };
		});
		expect(first.href).toBe('#main');
		expect(first.outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
		expect(next).toBe(true);
		await page.close();
	});

	it('prints the report without site chrome or link controls', async () => {
		const page = await open(pages.report!);
		await page.emulateMedia({ media: 'print' });
		const shown = await page.evaluate(() =>
			['.site-header', '.site-footer', '.toc', '.permalink', '.year-nav'].map((s) => {
				const el = document.querySelector(s);
				return el ? getComputedStyle(el).display : 'none';
			}),
		);
		expect(shown).toEqual(['none', 'none', 'none', 'none', 'none']);
		expect(await page.locator('.report-body').isVisible()).toBe(true);
		await page.close();
	});
});
