/**
 * One folder of mixed formats (.docx, .pdf, portal .html, .txt) with a sources.csv builds into
 * one site: every report has its page, its 来源 block and its original file, and the report
 * that names neither township nor year is placed by the sidecar. A folder with a scan and a
 * list page stops the build naming both. Checks read the built files as text.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/schema.ts';
import { builtReports, downloads } from '../fixtures/site/dist.ts';
import { toDocx, toHtml, toPdf } from '../../scripts/lib/render-formats.ts';
import { astroBuild, buildTemp } from './builds.ts';

const seed = (n: string) => readFileSync(join('seeds', n), 'utf8');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const EXCERPT = [
	'法治政府建设情况报告',
	'今年以来，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：',
	'一、主要举措和成效',
	'镇党委专题研究法治建设工作4次，制定年度工作方案，落实重大行政决策合法性审查制度。',
	'二、存在的问题',
	'基层执法力量不足，执法人员专业化水平有待提高。',
	'三、下一步工作打算',
	'持续加强执法队伍建设，提升依法行政能力。',
].join('\n');
const URL = 'https://www.cqyb.gov.cn/zwgk/fzzfjs/202401/t20240110_1.html';

/** Visible text of a built page, tags removed. */
const pageText = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a folder of mixed formats with sources.csv', () => {
	let folder: string;
	let out: string;
	let reports: Report[];
	const files: Record<string, Uint8Array> = {};
	/** The text each file was made from, for plain checks of what it holds. */
	const texts: Record<string, string> = {};

	beforeAll(async () => {
		folder = buildTemp('formats-in');
		out = buildTemp('formats-out');
		temps.push(folder, out, `${out}-cache`);
		Object.assign(texts, { 'wangu.docx': seed('000_503008dac59c57ce.txt'), 'guling.pdf': seed('001_a9e9c31606d34a22.txt'), 'youting.html': seed('002_f3282ba59118200a.txt'), 'gongchuan.txt': seed('003_4b5947e6a3d500ee.txt'), 'excerpt.txt': EXCERPT });
		files['wangu.docx'] = await toDocx(texts['wangu.docx']!);
		files['guling.pdf'] = await toPdf(texts['guling.pdf']!, { pageNumbers: 'of' });
		files['youting.html'] = toHtml(texts['youting.html']!, { published: '2025-01-15', publisher: '大足区邮亭镇人民政府', titleOnlyInHeadline: true, chromeInArticle: true });
		files['gongchuan.txt'] = new Uint8Array(readFileSync('seeds/003_4b5947e6a3d500ee.txt'));
		files['excerpt.txt'] = new TextEncoder().encode(EXCERPT);
		for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
		writeFileSync(join(folder, 'sources.csv'), `file,url,retrieved,province,city,county,township,year,title\nexcerpt.txt,${URL},2024-03-05,,,渝北区,兴隆镇,2021,\nwangu.docx,,2024-02-01,,,,,,\n`);
		const built = await astroBuild(folder, out);
		expect(built.code, built.output).toBe(0);
		reports = builtReports(out);
	});

	it('builds every file into one site', () => {
		expect(reports.map((r) => `${r.source.file}:${r.source.format}`).sort()).toEqual(['excerpt.txt:txt', 'gongchuan.txt:txt', 'guling.pdf:pdf', 'wangu.docx:docx', 'youting.html:html']);
		expect(reports.map((r) => r.region.township).sort()).toEqual(['兴隆镇', '万古镇', '故陵镇', '贡川镇', '邮亭镇'].sort());
	});

	it('shows 来源 with format and the original file, byte for byte (unless it holds a mobile number), beside text.txt', () => {
		const labels: Record<string, string> = { txt: '纯文本（.txt）', docx: 'Word 文档（.docx）', pdf: 'PDF 文件（.pdf）', html: '网页（.html）' };
		for (const r of reports) {
			const html = readFileSync(join(out, 'reports', r.id, 'index.html'), 'utf8');
			const ext = r.source.file.split('.').at(-1)!;
			expect(pageText(html)).toContain('来源');
			expect(pageText(html)).toContain(labels[r.source.format]!);
			expect(html).toContain(`href="/reports/${r.id}/text.txt"`);
			if (/(?<![0-9])1[3-9][0-9]{9}(?![0-9])/.test(texts[r.source.file]!)) {
				expect(html, r.source.file).not.toContain(`/reports/${r.id}/original.`);
				expect(pageText(html)).toContain('原始文件含个人信息');
				expect(existsSync(join(out, 'reports', r.id, `original.${ext}`)), r.source.file).toBe(false);
				continue;
			}
			expect(html).toContain(`href="/reports/${r.id}/original.${ext}"`);
			expect(readFileSync(join(out, 'reports', r.id, `original.${ext}`)).equals(Buffer.from(files[r.source.file]!))).toBe(true);
		}
	});

	it('places the report that names neither township nor year by sources.csv, and says which facts came from it', () => {
		const r = reports.find((x) => x.source.file === 'excerpt.txt')!;
		expect(r.region).toMatchObject({ province: '重庆市', county: '渝北区', township: '兴隆镇' });
		expect(r.reportYear).toBe(2021);
		const html = readFileSync(join(out, 'reports', r.id, 'index.html'), 'utf8');
		expect(html).toContain(`href="${URL}"`);
		const text = pageText(html);
		expect(text).toContain('2024年3月5日');
		expect(text).toMatch(/来自资料清单 sources\.csv.*区县、乡镇（街道）、报告年度/);
		const docx = reports.find((x) => x.source.file === 'wangu.docx')!;
		expect(pageText(readFileSync(join(out, 'reports', docx.id, 'index.html'), 'utf8'))).toContain('2024年2月1日');
		expect(pageText(readFileSync(join(out, 'reports', docx.id, 'index.html'), 'utf8'))).not.toContain('来自资料清单');
	});

	it('shows a portal’s 发布日期 as such, apart from the 成文日期', () => {
		const r = reports.find((x) => x.source.file === 'youting.html')!;
		const text = pageText(readFileSync(join(out, 'reports', r.id, 'index.html'), 'utf8'));
		expect(text).toMatch(/网页发布日期 2025年1月15日/);
		expect(text).toMatch(/成文日期 2025年1月8日/);
		expect(text).toContain('大足区邮亭镇人民政府');
	});

	it('publishes no page chrome in the report text', () => {
		for (const r of reports) {
			const text = readFileSync(join(out, 'reports', r.id, 'text.txt'), 'utf8');
			expect(text).not.toMatch(/第\d+页\s*共\d+页|您当前的位置|【打印】|网站标识码|字体：大 中 小/);
		}
	});

	it('carries provenance in the report list download (reports-index.csv)', () => {
		// Plain cells here carry no commas or quotes: dropping quotes leaves them as written.
		const csv = downloads(out)
			.filter((f) => f.format === 'csv' && f.year === null)
			.map((f) => readFileSync(join(out, 'data', f.name), 'utf8').replace(/"/g, ''))
			.join('');
		const header = csv.slice(1).split('\r\n')[0]!.split(',');
		expect(header.slice(-5)).toEqual(['source_file', 'source_format', 'source_url', 'source_retrieved', 'source_sha256']);
		const excerpt = reports.find((x) => x.source.file === 'excerpt.txt')!;
		expect(csv).toContain(`excerpt.txt,txt,${URL},2024-03-05,${excerpt.source.sha256}`);
	});
});

describe('a folder with unreadable files', () => {
	it('stops the build with one error naming each file and why', async () => {
		const folder = buildTemp('formats-bad');
		const out = buildTemp('formats-bad-out');
		temps.push(folder, out, `${out}-cache`);
		writeFileSync(join(folder, 'good.txt'), readFileSync('seeds/004_520d7f9833027cc3.txt'));
		writeFileSync(join(folder, 'scan.pdf'), await toPdf(seed('000_503008dac59c57ce.txt'), { scan: true }));
		writeFileSync(join(folder, 'list.html'), toHtml(seed('000_503008dac59c57ce.txt'), { noReport: true }));
		writeFileSync(join(folder, 'old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
		const { code, output } = await astroBuild(folder, out);
		expect(code).not.toBe(0);
		expect(output).toMatch(/scan\.pdf: .*needs OCR/);
		expect(output).toMatch(/list\.html: .*no report in it/);
		expect(output).toMatch(/old\.doc: .*save it as \.docx/);
		expect(output).not.toMatch(/good\.txt:/);
		expect(output).toContain('3 file(s)');
		expect(output).toContain('Fix or remove the files listed');
	});
});
