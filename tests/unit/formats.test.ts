/**
 * Every seed rendered as a .docx, a .pdf and a portal page parses to the same report as its
 * .txt: same id, region, year, title and part types; every sentence of the .txt kept; none
 * of the chrome the rendition added. The oracle is plain text: sentences and substrings.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSources, type Report } from '../../src/report/index.ts';
import { CHROME, toDocx, toHtml, toPdf, type PageNumberStyle } from '../../scripts/lib/render-formats.ts';
import { SEEDS_DIR, compact, parseSeed, seedFiles } from './helpers.ts';

/** Sentences of a text, whitespace removed (a rendition may rewrap or respace lines). */
function sentences(text: string): string[] {
	return text
		.split('\n')
		.flatMap((line) => line.split(/(?<=[。；！？])/))
		.map(compact)
		.filter((s) => s.length > 0);
}

const STYLES: PageNumberStyle[] = ['dash', 'hyphen', 'of'];
/** Page numbers as the three footer styles write them. */
const PAGE_NUMBER_TEXT = [/—\s*\d+\s*—/, /(^|\n)-\d+-($|\n)/, /第\d+页\s*共\d+页/];

interface Rendition {
	seed: string;
	kind: string;
	bytes: Uint8Array;
	/** Whether the page was encoded as GBK. */
	gbk: boolean;
	report: Report;
}

const renditions: Rendition[] = [];

beforeAll(async () => {
	const files: { file: string; bytes: Uint8Array; gbk?: boolean }[] = [];
	for (const [i, seed] of seedFiles().entries()) {
		const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
		const stem = seed.replace(/\.txt$/, '');
		files.push({ file: `${stem}.docx`, bytes: await toDocx(text) });
		files.push({ file: `${stem}.pdf`, bytes: await toPdf(text, { pageNumbers: STYLES[i % STYLES.length] }) });
		// Alternate: title in the article or only in the headline; UTF-8 or GBK; chrome around or inside the article.
		const gbk = i % 2 === 1;
		files.push({ file: `${stem}.html`, gbk, bytes: toHtml(text, { published: '2024-02-01', publisher: '区政府办公室', titleOnlyInHeadline: i % 2 === 0, gbk, chromeInArticle: i % 2 === 0 }) });
	}
	// Each rendition alone: a folder holds one rendition of a township and year.
	for (const f of files) {
		const { reports, problems } = await parseSources([f]);
		expect(problems.map((p) => p.message)).toEqual([]);
		renditions.push({ seed: `${f.file.replace(/\.\w+$/, '')}.txt`, kind: f.file.split('.').at(-1)!, bytes: f.bytes, gbk: f.gbk ?? false, report: reports[0]! });
	}
}, 120_000);

describe('renditions of the seeds', () => {
	it('make one rendition of each kind per seed', () => {
		expect(renditions.map((r) => r.kind).sort()).toEqual(seedFiles().flatMap(() => ['docx', 'html', 'pdf']).sort());
	});

	it('give the .txt report’s id, region, year, issue date, title and part types', () => {
		for (const { seed, kind, report } of renditions) {
			const txt = parseSeed(seed);
			const where = `${seed} as .${kind}`;
			expect(report.id, where).toBe(txt.id);
			expect(report.region, where).toEqual(txt.region);
			expect(report.reportYear, where).toBe(txt.reportYear);
			expect(report.issuedDate, where).toBe(txt.issuedDate);
			expect(compact(report.title), where).toBe(compact(txt.title));
			expect(report.sections.map((s) => s.type), where).toEqual(txt.sections.map((s) => s.type));
			expect(report.source.format, where).toBe(kind);
		}
	});

	it('keep every sentence of the .txt in the published text', () => {
		for (const { seed, kind, report } of renditions) {
			const published = compact(report.text);
			const lost = sentences(parseSeed(seed).text).filter((s) => !published.includes(s));
			expect(lost, `${seed} as .${kind}`).toEqual([]);
		}
	});

	it('drop running headers, page numbers and portal chrome', () => {
		const chrome = [CHROME.runningHeader, CHROME.breadcrumb, CHROME.indexNumber, CHROME.fontSize, CHROME.printClose, CHROME.footer, CHROME.previous, ...CHROME.relatedLinks];
		for (const { seed, kind, report } of renditions) {
			const where = `${seed} as .${kind}`;
			for (const c of chrome) expect(compact(report.text), where).not.toContain(compact(c));
			for (const re of PAGE_NUMBER_TEXT) expect(report.text, where).not.toMatch(re);
			expect(report.text, where).not.toMatch(/^(首页|政务公开|相关链接|发布日期|打印|关闭)/m);
		}
	});

	it('keep a portal’s 发布日期 and 发布机构 as evidence, apart from the report’s own date', () => {
		for (const { seed, report } of renditions.filter((r) => r.kind === 'html')) {
			expect(report.source.publishedDate, seed).toBe('2024-02-01');
			expect(report.source.publisher, seed).toBe('区政府办公室');
			expect(report.issuedDate, seed).not.toBe('2024-02-01');
		}
		for (const { report } of renditions.filter((r) => r.kind !== 'html')) expect(report.source.publishedDate).toBeNull();
	});

	it('hash the original bytes, not the extracted text', () => {
		for (const { report, bytes, gbk } of renditions) {
			expect(report.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
			expect(report.source.bytes).toBe(bytes.length);
			expect(report.source.encoding).toBe(report.source.format === 'html' ? (gbk ? 'gb18030' : 'utf-8') : 'binary');
		}
	});
});

describe('portal evidence where the text is silent', () => {
	const silent = ['关于2023年法治政府建设情况的报告', '区委、区政府：', '今年以来，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下：', '一、主要举措和成效', '（一）加强组织领导。镇党委专题研究法治建设工作4次，制定年度工作方案。'.repeat(3), '二、存在的问题', '基层执法力量不足，执法人员专业化水平有待提高。'.repeat(3), '三、下一步工作打算', '持续加强执法队伍建设，提升依法行政能力。'.repeat(3)].join('\n');

	it('takes the township from 发布机构 when the text names none, and says so', async () => {
		const { reports, problems } = await parseSources([{ file: 'gl.html', bytes: toHtml(silent, { published: '2024-01-20', publisher: '云阳县故陵镇人民政府' }) }]);
		expect(problems).toEqual([]);
		expect(reports[0]!.region.township).toBe('故陵镇');
		expect(reports[0]!.region.county).toBe('云阳县');
		expect(reports[0]!.warnings.map((w) => w.code)).toContain('region-from-publisher');
	});

	it('takes the year from 发布日期 when neither text nor signature dates it, and says so', async () => {
		const undated = silent.replace('关于2023年法治政府建设情况的报告', '关于法治政府建设情况的报告').replace('故陵镇', '');
		const { reports, problems } = await parseSources([{ file: 'gl.html', bytes: toHtml(`云阳县故陵镇人民政府\n${undated}`, { published: '2024-01-20', publisher: '云阳县故陵镇人民政府' }) }]);
		expect(problems).toEqual([]);
		expect(reports[0]!.reportYear).toBe(2023);
		expect(reports[0]!.issuedDate).toBeNull();
		expect(reports[0]!.warnings.find((w) => w.code === 'year-inferred')?.message).toContain('发布日期');
	});
});
