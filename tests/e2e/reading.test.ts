/**
 * Reading and citing a report (issue 14): the plain-text download on a charset-less server,
 * find-bar highlights and keys, GB/T 7714 citations, print, stale anchors, the redaction
 * warning, and the contents list. Oracles are the built data (reports.json), the gold seed
 * facts and the page's own text, never the production code.
 */
import { chromium, type Page } from 'playwright-core';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtReports, DIST, gold } from '../fixtures/site/dist.ts';
import { chromiumPath } from '../../scripts/lib/browser.ts';
import { useSite } from './session.ts';

const site = useSite(DIST);
const reports = builtReports();
/** The build's date in China (the citations' access date), from when the data files were written. */
const buildDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(statSync(join(DIST, 'data/files.json')).mtime);

const byFile = (file: string) => reports.find((r) => r.source.file === file)!;
/** The report with the most subsections: the long one. */
const longest = [...reports].sort((a, b) => b.text.length - a.text.length)[0]!;
const gongchuan = reports.find((r) => r.region.township === '贡川镇')!;

async function open(path: string, options: { width?: number; height?: number; scheme?: 'light' | 'dark'; media?: 'screen' | 'print' } = {}): Promise<Page> {
	const page = await site.browser.context.newPage();
	await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
	await page.emulateMedia({ colorScheme: options.scheme ?? 'light', media: options.media ?? 'screen' });
	await page.goto(site.server.url + path);
	return page;
}

/** WCAG contrast of two `rgb(a)` colours, the foreground's alpha composited over the background. */
function contrast(fg: string, bg: string): number {
	const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
	const [br, bgG, bb] = parse(bg);
	const [fr, fgG, fb, fa = 1] = parse(fg);
	const mix = [fr! * fa + br! * (1 - fa), fgG! * fa + bgG! * (1 - fa), fb! * fa + bb! * (1 - fa)];
	const lum = (rgb: number[]) => {
		const [r, g, b] = rgb.map((v) => {
			const s = v / 255;
			return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [a, b] = [lum(mix), lum([br!, bgG!, bb!])].sort((x, y) => y - x);
	return (a! + 0.05) / (b! + 0.05);
}

describe('text.txt', () => {
	it('starts with a UTF-8 BOM, so it reads right from a server that names no charset', async () => {
		const r = reports[0]!;
		const response = await fetch(`${site.server.url}/reports/${r.id}/text.txt`, { headers: { 'accept-encoding': 'identity' } });
		expect(response.headers.get('content-type')).toBe('text/plain');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const page = await open(`/reports/${r.id}/text.txt`);
		const shown = await page.locator('body').innerText();
		expect(shown).toContain(r.title.split(/\s+/)[0]);
		expect(shown).toContain(r.preamble[0]?.text.slice(0, 20) ?? r.title);
		await page.close();
	});
});

describe('find bar', () => {
	const Q = '法治';
	for (const scheme of ['light', 'dark'] as const) {
		it(`marks current and other matches readably (contrast ≥ 4.5:1) in the ${scheme} scheme`, async () => {
			const page = await open(`/reports/${longest.id}/?q=${encodeURIComponent(Q)}`, { scheme });
			await page.waitForSelector('[data-search-highlight][data-current]');
			const colours = await page.evaluate(() => {
				const p = document.querySelector('.report-body p[id]')!;
				const pick = (name: string) => {
					const s = getComputedStyle(p, `::highlight(${name})`);
					return { fg: s.color, bg: s.backgroundColor };
				};
				return { hit: pick('search-hit'), current: pick('search-current'), page: getComputedStyle(document.body).backgroundColor };
			});
			for (const { fg, bg } of [colours.hit, colours.current]) {
				// A translucent mark shows the page through it.
				const parts = (bg.match(/[\d.]+/g) ?? []).map(Number);
				expect(parts[3] ?? 1, `${scheme}: the mark is opaque`).toBe(1);
				expect(contrast(fg, bg), `${scheme}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
			}
			expect(colours.hit.bg).not.toBe(colours.current.bg);
			await page.close();
		});
	}

	it('prints no highlights', async () => {
		const page = await open(`/reports/${longest.id}/?q=${encodeURIComponent(Q)}`, { media: 'print' });
		await page.waitForSelector('[data-search-highlight][data-current]', { state: 'attached' });
		const marks = await page.evaluate(() => {
			const p = document.querySelector('.report-body p[id]')!;
			return ['search-hit', 'search-current'].map((n) => getComputedStyle(p, `::highlight(${n})`).backgroundColor);
		});
		for (const bg of marks) expect(bg).toMatch(/^(transparent|rgba\(\d+, \d+, \d+, 0\))$/);
		expect(await page.locator('[data-search-highlight]').isVisible()).toBe(false);
		await page.close();
	});

	it('comes before the report in the tab order, with ¶ links out of it', async () => {
		const page = await open(`/reports/${longest.id}/?q=${encodeURIComponent(Q)}`);
		await page.waitForSelector('[data-search-highlight][data-current]');
		const tabbableParaTools = await page.locator('.para-tools a, .para-tools button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex >= 0).length);
		expect(tabbableParaTools).toBe(0);
		let stops = 0;
		for (; stops < 30; stops++) {
			await page.keyboard.press('Tab');
			const where = await page.evaluate(() => ({ next: document.activeElement?.hasAttribute('data-hl-next'), inReport: Boolean(document.activeElement?.closest('article')) }));
			expect(where.inReport, `tab stop ${stops + 1} is in the report before the find bar`).toBe(false);
			if (where.next) break;
		}
		expect(stops).toBeLessThan(20);
		await page.close();
		// The paragraph a link lands on keeps its tools within reach of the keyboard.
		const id = longest.sections[0]!.children[0]?.paragraphs[0]?.id ?? longest.sections[0]!.paragraphs[0]!.id;
		const landed = await open(`/reports/${longest.id}/#${id}`);
		const tools = await landed.locator(`[id="${id}"] .para-tools a, [id="${id}"] .para-tools button`).evaluateAll((els) => els.map((e) => (e as HTMLElement).tabIndex));
		expect(tools.length).toBeGreaterThan(0);
		expect(tools.every((t) => t === 0)).toBe(true);
		await landed.close();
	});

	it('steps with n / N, F3 / Shift+F3 and Enter / Shift+Enter, announcing each step', async () => {
		const page = await open(`/reports/${longest.id}/?q=${encodeURIComponent(Q)}`);
		const bar = page.locator('[data-search-highlight]');
		await page.waitForSelector('[data-search-highlight][data-current]');
		const total = Number(await bar.getAttribute('data-matches'));
		expect(total).toBeGreaterThan(3);
		const at = async () => Number(await bar.getAttribute('data-current'));
		const status = page.locator('[data-hl-status]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		expect(await bar.innerText()).toMatch(/n \/ N/);
		expect(await bar.innerText()).toContain('F3');
		const start = await at();
		const steps: Array<[string, number]> = [['n', 1], ['n', 1], ['Shift+N', -1], ['F3', 1], ['Shift+F3', -1]];
		let expected = start;
		for (const [key, step] of steps) {
			await page.keyboard.press(key);
			expected = ((expected - 1 + step + total) % total) + 1;
			expect(await at(), key).toBe(expected);
			expect(await status.textContent()).toBe(`第 ${expected} / ${total} 处`);
		}
		await page.locator('[data-hl-next]').focus();
		await page.keyboard.press('Enter');
		expect(await at()).toBe((expected % total) + 1);
		await page.keyboard.press('Shift+Enter');
		expect(await at()).toBe(expected);
		// Typing in the search box is not a find-bar key.
		await page.locator('#site-search').focus();
		await page.keyboard.press('n');
		expect(await at()).toBe(expected);
		await page.close();
	});
});

describe('citations', () => {
	const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
	const withClipboard = async (path: string) => {
		await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
		return open(path);
	};

	it('cite a report read online as GB/T 7714 [R/OL] with access date and URL, the issuer once', async () => {
		const g = gold.find((x) => x.region.township === '贡川镇')!;
		const issuer = g.issuers[0]!;
		expect(g.title.startsWith(issuer)).toBe(true);
		const page = await withClipboard(`/reports/${gongchuan.id}/`);
		await page.getByRole('button', { name: '复制本报告引用' }).click();
		const base = `${site.server.url}/reports/${gongchuan.id}/`;
		expect(await clipboard(page)).toBe(`${issuer}. ${g.title.slice(issuer.length).trim()}[R/OL]. (${g.issuedDate})[${buildDate}]. ${base}`);
		await page.close();
	});

	it('name the part a section or paragraph citation points to', async () => {
		const r = byFile(gold.find((g) => g.region.township === '邮亭镇')!.file);
		const problems = r.sections.find((s) => s.type === 'problems')!;
		const part = `${problems.number}${problems.heading}`;
		const page = await withClipboard(`/reports/${r.id}/`);
		const base = `${site.server.url}/reports/${r.id}/`;
		await page.locator(`[id="${problems.id}"]`).getByRole('button', { name: '复制本节引用' }).first().click();
		const section = await clipboard(page);
		expect(section).toContain(`: ${part}[R/OL]`);
		expect(section.endsWith(` ${base}#${problems.id}`)).toBe(true);
		const p = problems.paragraphs[0]!;
		await page.locator(`[id="${p.id}"]`).hover();
		await page.locator(`[id="${p.id}"]`).getByRole('button', { name: '复制本段引用' }).click();
		const paragraph = await clipboard(page);
		expect(paragraph).toContain(`: ${part}[R/OL]`);
		expect(paragraph).toContain(`[${buildDate}]`);
		expect(paragraph.endsWith(` ${base}#${p.id}`)).toBe(true);
		await page.close();
	});

	it('never write an issuer twice, on any report', async () => {
		for (const r of reports) {
			const html = await (await fetch(`${site.server.url}/reports/${r.id}/`)).text();
			const json = /<script type="application\/json" id="page-citations">([^<]*)<\/script>/.exec(html)?.[1];
			expect(json, r.id).toBeDefined();
			// The page's frame and part names (src/utils/citation.ts), joined here as GB/T 7714 writes a part.
			const { head, tail, parts } = JSON.parse(json!) as { head: string; tail: string; parts: Record<string, string> };
			const cites = [`${head}${tail}`, ...Object.values(parts).map((p) => `${head}: ${p}${tail}`)];
			expect(cites.length).toBeGreaterThan(r.sections.length);
			for (const c of cites) {
				expect(c).toContain('[R/OL]');
				for (const issuer of r.issuers) expect(c.split(issuer).length - 1, `${r.id}: ${c}`).toBe(1);
			}
		}
	});

	it('are printed with the report, with its URL', async () => {
		const path = `/reports/${gongchuan.id}/`;
		const screen = await open(path);
		expect(await screen.locator('.print-cite').isVisible()).toBe(false);
		await screen.close();
		const page = await open(path, { media: 'print' });
		const printed = page.locator('.print-cite');
		expect(await printed.isVisible()).toBe(true);
		const text = await printed.innerText();
		expect(text).toContain(`${site.server.url}${path}`);
		expect(text).toContain('[R/OL]');
		expect(text).toContain(gongchuan.issuers[0]!);
		await page.close();
	});
});

describe('anchors and warnings', () => {
	it('says so when the linked part does not exist, and not otherwise', async () => {
		const r = reports[0]!;
		const page = await open(`/reports/${r.id}/#no-such-part`);
		const notice = page.getByRole('status').filter({ hasText: 'no-such-part' });
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.innerText()).toContain('不存在');
		await page.evaluate(() => (location.hash = '#problems'));
		await expect.poll(() => page.locator('[data-anchor-notice]').isVisible()).toBe(false);
		await page.close();
		const fine = await open(`/reports/${r.id}/#problems`);
		expect(await fine.locator('[data-anchor-notice]').isVisible()).toBe(false);
		await fine.close();
	});

	it('words the redaction warning without source lines and links the paragraph', async () => {
		const r = reports.find((x) => x.warnings.some((w) => w.code === 'redacted'))!;
		const line = r.warnings.find((w) => w.code === 'redacted')!.line!;
		const page = await open(`/reports/${r.id}/`);
		const item = page.locator('.warnings li[data-code="redacted"]');
		const text = await item.innerText();
		expect(text).not.toContain(String(line));
		expect(text).not.toMatch(/第\s*\d+\s*行/);
		const href = await item.locator('a').getAttribute('href');
		const target = await page.locator(`[id="${href!.slice(1)}"]`).innerText();
		expect(target).toMatch(/\d{3}\*{4}\d{4}/);
		await page.close();
	});
});

describe('contents list', () => {
	const subsections = longest.sections.flatMap((s) => s.children.filter((c) => c.heading));

	it('lists second-level headings under their parts', async () => {
		expect(subsections.length).toBeGreaterThan(3);
		const page = await open(`/reports/${longest.id}/`);
		for (const c of subsections) {
			const link = page.locator(`.toc a[href="#${c.id}"]`);
			expect(await link.count(), c.id).toBe(1);
			expect((await link.innerText()).replace(/\s+/g, '')).toContain(c.heading!.replace(/\s+/g, '').slice(0, 8));
			expect(await link.isVisible()).toBe(true);
		}
		await page.close();
	});

	it('marks the part being read as the reader scrolls', async () => {
		const page = await open(`/reports/${longest.id}/`);
		const current = () => page.locator('.toc a[aria-current]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		for (const id of [longest.sections.at(-1)!.id, subsections[1]!.id]) {
			await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), id);
			await expect.poll(current).toEqual([`#${id}`]);
		}
		await page.close();
	});

	it('is a compact 目录 control on a phone that opens and closes', async () => {
		const page = await open(`/reports/${longest.id}/`, { width: 375, height: 812 });
		const toc = page.locator('nav.toc');
		const first = page.locator(`.toc a[href="#${subsections[0]!.id}"]`);
		expect(await first.isVisible()).toBe(false);
		expect((await toc.boundingBox())!.height).toBeLessThan(60);
		await page.getByText('目录', { exact: true }).click();
		expect(await first.isVisible()).toBe(true);
		await first.click();
		await page.waitForURL(`**#${subsections[0]!.id}`);
		expect(await first.isVisible()).toBe(false);
		// Still at hand after reading on.
		await page.mouse.wheel(0, 3000);
		await expect.poll(async () => (await toc.boundingBox())!.y).toBeLessThanOrEqual(1);
		await page.close();
	});
});

describe('on a touch screen', () => {
	it('shows no key hints (the / shortcut, the find-bar keys)', async () => {
		const b = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
		try {
			const touch = await b.newContext({ isMobile: true, hasTouch: true, viewport: { width: 375, height: 812 } });
			const page = await touch.newPage();
			await page.goto(`${site.server.url}/reports/${longest.id}/?q=${encodeURIComponent('法治')}`);
			await page.waitForSelector('[data-search-highlight][data-current]');
			expect(await page.locator('.key-hint').isVisible()).toBe(false);
			expect(await page.locator('[data-hl-keys]').isVisible()).toBe(false);
			expect(await page.locator('#site-search').getAttribute('placeholder')).not.toContain('/');
		} finally {
			await b.close();
		}
		const desktop = await open(`/reports/${longest.id}/?q=${encodeURIComponent('法治')}`);
		await desktop.waitForSelector('[data-search-highlight][data-current]');
		expect(await desktop.locator('.key-hint').isVisible()).toBe(true);
		expect(await desktop.locator('[data-hl-keys]').isVisible()).toBe(true);
		await desktop.close();
	});
});
