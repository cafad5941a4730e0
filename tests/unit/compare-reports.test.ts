/**
 * Side by side (/compare/reports/): the chosen ids read from the URL and checked, the picks a
 * 加入对比 control toggles, each report's parts as read from its page, and the table's rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readReportParts, reportArticleAttributes, type ReportParts } from '../../src/compare/parts.ts';
import { makeArtefact } from '../../src/corpus/artefacts.ts';
import type { Report } from '../../src/report/schema.ts';
import { idsInQuery, MAX_PICKS, parsePicks, problemMessage, selectionProblem, togglePick, type Pick } from '../../src/compare/picks.ts';
import { compareRows } from '../../src/compare/rows.ts';
import { makeReport } from '../fixtures/insight/reports.ts';
import { parseSeed, seedFiles } from './helpers.ts';

describe('the URL', () => {
	it('reads r in order, each once, blanks dropped', () => {
		expect(idsInQuery('?r=b-2023&r=a-2022&r=b-2023&r=&x=1')).toEqual(['b-2023', 'a-2022']);
		expect(idsInQuery('')).toEqual([]);
	});

	it('compares two to four well-formed ids and says why not otherwise', () => {
		expect(selectionProblem(['a-2022', 'b-2023'])).toBeNull();
		expect(selectionProblem(['a', 'b', 'c', 'd'])).toBeNull();
		expect(selectionProblem([])).toEqual({ kind: 'too-few', count: 0 });
		expect(selectionProblem(['a-2022'])).toEqual({ kind: 'too-few', count: 1 });
		expect(selectionProblem(['a', 'b', 'c', 'd', 'e'])).toEqual({ kind: 'too-many', count: 5 });
		expect(selectionProblem(['a-2022', '<script>', 'A-1'])).toEqual({ kind: 'malformed', ids: ['<script>', 'A-1'] });
		expect(problemMessage({ kind: 'too-few', count: 1 })).toContain('至少需要 2 份');
		expect(problemMessage({ kind: 'too-many', count: 5 })).toContain('最多可同时对比 4 份');
		expect(problemMessage({ kind: 'too-few', count: 0 })).toContain('加入对比');
	});
});

describe('picks', () => {
	const pickArb = fc.record({ id: fc.constantFrom('a-1', 'b-2', 'c-3', 'd-4', 'e-5', 'f-6'), label: fc.constant('x') });

	it('never hold more than four or one report twice; a refused add changes nothing', () => {
		fc.assert(
			fc.property(fc.array(pickArb, { maxLength: 30 }), (clicks) => {
				let picks: Pick[] = [];
				for (const pick of clicks) {
					const before = picks;
					const result = togglePick(picks, pick);
					if (result.refused) {
						expect(before.length).toBe(MAX_PICKS);
						expect(result.picks).toBe(before);
					}
					picks = result.picks;
					expect(picks.length).toBeLessThanOrEqual(MAX_PICKS);
					expect(new Set(picks.map((p) => p.id)).size).toBe(picks.length);
					if (!result.refused) expect(picks.some((p) => p.id === pick.id)).toBe(!before.some((p) => p.id === pick.id));
				}
			}),
		);
	});

	it('survive whatever storage holds: junk, wrong shapes, bad ids, duplicates, too many', () => {
		expect(parsePicks(null)).toEqual([]);
		expect(parsePicks('{oops')).toEqual([]);
		expect(parsePicks('{"id":"a-1"}')).toEqual([]);
		const stored = [{ id: 'a-1', label: 'A' }, { id: 'a-1', label: 'A again' }, { id: '../x', label: 'bad' }, 7, { id: 'b-2' }, { id: 'c-3', label: 'C' }];
		expect(parsePicks(JSON.stringify(stored))).toEqual([{ id: 'a-1', label: 'A' }, { id: 'c-3', label: 'C' }]);
		const many = ['a-1', 'b-2', 'c-3', 'd-4', 'e-5'].map((id) => ({ id, label: id }));
		expect(parsePicks(JSON.stringify(many))).toHaveLength(MAX_PICKS);
	});
});

/** The report's parts as the comparison reads them from its page: the body the page shows, in its article. */
async function partsFromPage(report: Report): Promise<ReportParts> {
	const { artefact } = await makeArtefact(report, 'test');
	const attributes = Object.entries(reportArticleAttributes(report.id, '某地', report.reportYear)).map(([k, v]) => ` ${k}="${v}"`).join('');
	const { document } = parseHTML(`<!doctype html><html><body><article${attributes}><h1 id="title" data-pb="0">${report.title}</h1>${artefact.body}</article></body></html>`);
	return readReportParts(document as unknown as Document)!;
}

describe('parts read from the report page', () => {
	it.each(seedFiles())('%s: every paragraph of each part, under that part’s type and anchor', async (file) => {
		const report = parseSeed(file);
		const parts = await partsFromPage(report);
		expect([parts.id, parts.year, parts.title, parts.url]).toEqual([report.id, report.reportYear, report.title, `/reports/${report.id}/`]);
		expect(parts.parts.map((p) => [p.type, p.anchor])).toEqual(report.sections.map((s) => [s.type, s.id]));
		const squash = (t: string) => t.replace(/\s+/g, '');
		report.sections.forEach((s, i) => {
			const part = parts.parts[i]!;
			// As the page shows it: with its number, unless the number belongs to the heading the part shares.
			const shown = s.heading ? squash(`${s.groupHeading ? '' : (s.number ?? '')}${s.heading}`) : null;
			expect(part.heading === null ? null : squash(part.heading), s.id).toBe(shown);
			const lines = part.text.split('\n').map(squash);
			const paragraphs = [s, ...s.children, ...s.children.flatMap((c) => c.children)].flatMap((b) => b.paragraphs.map((p) => p.text));
			for (const text of paragraphs) expect(lines.some((line) => line.endsWith(squash(text))), text).toBe(true);
			for (const c of s.children) if (c.heading) expect(lines).toContain(squash(`${c.number ?? ''}${c.heading}`));
			for (const line of part.text.split('\n')) expect(line).not.toMatch(/¶|引用$|^#/);
		});
	});

	it('is null for a page that is not a report', () => {
		const { document } = parseHTML('<!doctype html><html><body><main><h1 id="title">首页</h1></main></body></html>');
		expect(readReportParts(document as unknown as Document)).toBeNull();
	});
});

describe('rows', async () => {
	const a = await partsFromPage(makeReport({ township: '甲镇', year: 2022, parts: [
		{ type: 'measures', heading: '主要举措', items: [{ heading: '一', paragraphs: ['甲举措一'] }] },
		{ type: 'measures', heading: '其他举措', items: [{ heading: '二', paragraphs: ['甲举措二'] }] },
		{ type: 'problems', heading: '问题', items: [{ heading: '三', paragraphs: ['甲问题'] }] },
	] }));
	const b = await partsFromPage(makeReport({ township: '乙镇', year: 2023, parts: [
		{ type: 'other', heading: '附记', items: [{ heading: '四', paragraphs: ['乙附记'] }] },
		{ type: 'leaderDuties', heading: '履职', items: [{ heading: '五', paragraphs: ['乙履职'] }] },
	] }));

	it('has the four required rows always, other only when a report has it, cells in column order', () => {
		expect(compareRows([a, a]).map((r) => r.type)).toEqual(['measures', 'leaderDuties', 'problems', 'plans']);
		const rows = compareRows([a, b]);
		expect(rows.map((r) => r.type)).toEqual(['measures', 'leaderDuties', 'problems', 'plans', 'other']);
		const text = (cell: { text: string }[]) => cell.map((p) => p.text).join('|');
		expect(rows.map((r) => r.cells.map(text))).toEqual([
			['（一）一\n甲举措一|（一）二\n甲举措二', ''],
			['', '（一）五\n乙履职'],
			['（一）三\n甲问题', ''],
			['', ''],
			['', '（一）四\n乙附记'],
		]);
		expect(rows[0]!.cells[0]!.map((p) => [p.heading, p.anchor])).toEqual([['一、主要举措', 'measures'], ['二、其他举措', 'measures-2']]);
	});
});
