/** sources.csv: provenance and the facts a report's text does not state, with bad rows named. */
import { describe, expect, it } from 'vitest';
import { parseSources, ReportError, type SourceFile } from '../../src/report/index.ts';
import { toHtml } from '../../scripts/lib/render-formats.ts';

/** A report that names neither its township nor its year (an excerpt that starts at the title). */
const ANONYMOUS = [
	'法治政府建设情况报告',
	'今年以来，我镇坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下：',
	'一、主要举措和成效',
	'镇党委专题研究法治建设工作4次，制定年度工作方案，落实重大行政决策合法性审查制度。',
	'二、存在的问题',
	'基层执法力量不足，执法人员专业化水平有待提高。',
	'三、下一步工作打算',
	'持续加强执法队伍建设，提升依法行政能力。',
].join('\n');

const utf8 = (s: string) => new TextEncoder().encode(s);
const anonymous = (file = 'excerpt.txt'): SourceFile => ({ file, bytes: utf8(ANONYMOUS) });
const HEADER = 'file,url,retrieved,province,city,county,township,year,title';

async function withSidecar(csv: string, files: SourceFile[] = [anonymous()]) {
	return parseSources(files, { sidecar: utf8(csv) });
}

describe('sources.csv', () => {
	it('without it, a report naming neither township nor year is refused, pointing at sources.csv', async () => {
		const { reports, problems } = await parseSources([anonymous()]);
		expect(reports).toEqual([]);
		expect(problems[0]!.reason).toMatch(/sources\.csv \((year|township)/);
	});

	it('fills in the township and year, and records which facts came from it', async () => {
		const csv = `${HEADER}\nexcerpt.txt,https://www.cqyb.gov.cn/zwgk/art/2022/1/10/art_1.html,2024-03-05,,,渝北区,兴隆镇,2021,\n`;
		const { reports, problems } = await withSidecar(csv);
		expect(problems).toEqual([]);
		const r = reports[0]!;
		expect(r.region).toMatchObject({ province: '重庆市', county: '渝北区', township: '兴隆镇' });
		expect(r.region.code).toMatch(/^500112\d{3}$/);
		expect(r.reportYear).toBe(2021);
		expect(r.source.url).toBe('https://www.cqyb.gov.cn/zwgk/art/2022/1/10/art_1.html');
		expect(r.source.retrieved).toBe('2024-03-05');
		expect([...r.source.fromSidecar].sort()).toEqual(['county', 'reportYear', 'township']);
	});

	it('reads quoted cells, a BOM, columns in any order and left-out columns', async () => {
		const csv = `\uFEFFyear,township,file,title,county\n2021,兴隆镇,excerpt.txt,"兴隆镇2021年法治政府建设情况报告（摘录，网页版）",渝北区\n`;
		const { reports, problems } = await withSidecar(csv);
		expect(problems).toEqual([]);
		expect(reports[0]!.title).toBe('兴隆镇2021年法治政府建设情况报告（摘录，网页版）');
		expect(reports[0]!.source.url).toBeNull();
		expect(reports[0]!.source.fromSidecar).toContain('title');
	});

	it('overrides the text, warning where they differ', async () => {
		const body = ANONYMOUS.split('\n').slice(1).map((l) => (l.length > 20 ? l.repeat(3) : l));
		const html = toHtml(['重庆市渝北区兴隆镇人民政府', '关于2021年法治政府建设情况的报告', ...body].join('\n'));
		const csv = `${HEADER}\npage.html,,,,,渝北区,兴隆镇,2022,\n`;
		const { reports, problems } = await withSidecar(csv, [{ file: 'page.html', bytes: html }]);
		expect(problems).toEqual([]);
		expect(reports[0]!.reportYear).toBe(2022);
		expect(reports[0]!.warnings.map((w) => w.message).join('')).toContain('sources.csv 给出的报告年度（2022年）与正文（2021年）不同');
	});

	it('a county alone places a township the text names inside that county', async () => {
		const text = ANONYMOUS.replace('今年以来，我镇', '今年以来，兴隆镇');
		const { reports, problems } = await withSidecar(`file,county,year\nexcerpt.txt,渝北区,2021\n`, [{ file: 'excerpt.txt', bytes: utf8(text) }]);
		expect(problems).toEqual([]);
		expect(reports[0]!.region).toMatchObject({ county: '渝北区', township: '兴隆镇' });
	});

	const badRows: [string, string, RegExp][] = [
		['a file not in the folder', `${HEADER}\nexcerpt.txt,,,,,渝北区,兴隆镇,2021,\nmissing.docx,,,,,渝北区,兴隆镇,2021,\n`, /sources\.csv:3: row for missing\.docx: no file named missing\.docx/],
		['a malformed date', `${HEADER}\nexcerpt.txt,,2024/03/05,,,渝北区,兴隆镇,2021,\n`, /sources\.csv:2: row for excerpt\.txt: retrieved is not a date written YYYY-MM-DD/],
		['an impossible date', `${HEADER}\nexcerpt.txt,,2024-02-30,,,渝北区,兴隆镇,2021,\n`, /sources\.csv:2: .*retrieved is not a day of the calendar/],
		['a township not in the division data', `${HEADER}\nexcerpt.txt,,,,,渝北区,兴旺发达镇,2021,\n`, /sources\.csv:2: .*township "兴旺发达镇" is not in the division data/],
		['a county not in the division data', `${HEADER}\nexcerpt.txt,,,,,不存在县,,2021,\n`, /sources\.csv:2: .*county "不存在县" is not in the division data/],
		['a township name shared by many, with no county', `${HEADER}\nexcerpt.txt,,,,,,兴隆镇,2021,\n`, /sources\.csv:2: .*"兴隆镇" names \d+ divisions .*add the county/],
		['a bad year', `${HEADER}\nexcerpt.txt,,,,,渝北区,兴隆镇,二〇二一,\n`, /sources\.csv:2: .*year is not a year in digits/],
		['a bad url', `${HEADER}\nexcerpt.txt,www.example,,,,渝北区,兴隆镇,2021,\n`, /sources\.csv:2: .*url is not a web address/],
		['an unknown column', `file,township,year,remark\nexcerpt.txt,兴隆镇,2021,x\n`, /sources\.csv.*unknown column\(s\) remark/],
		['two rows for one file', `${HEADER}\nexcerpt.txt,,,,,渝北区,兴隆镇,2021,\nexcerpt.txt,,,,,渝北区,兴隆镇,2021,\n`, /sources\.csv:3: .*has a row already \(line 2\)/],
		['a row with too many cells', `${HEADER}\nexcerpt.txt,,,,,渝北区,兴隆镇,2021,,extra\n`, /sources\.csv:2: cannot be read as CSV/],
	];
	for (const [what, csv, message] of badRows) {
		it(`names the row of ${what}`, async () => {
			const { problems } = await withSidecar(csv);
			expect(problems.length).toBeGreaterThan(0);
			expect(problems.every((p) => p instanceof ReportError)).toBe(true);
			expect(problems.map((p) => p.message).join('\n')).toMatch(message);
		});
	}

	it('lists every bad row at once', async () => {
		const csv = `${HEADER}\na.txt,,2024/01/01,,,,,,\nb.txt,,,,,,,3000,\nexcerpt.txt,,,,,渝北区,兴隆镇,2021,\n`;
		const { reports, problems } = await withSidecar(csv, [anonymous('a.txt'), anonymous('b.txt'), anonymous()]);
		expect(problems.filter((p) => p.file === 'sources.csv').map((p) => p.line)).toEqual([2, 3]);
		expect(reports.map((r) => r.source.file)).toEqual(['excerpt.txt']);
	});
});
