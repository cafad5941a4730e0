/** Figures and indicators against hand-verified gold from the seeds (tests/fixtures/insight). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresIn, reportFigures } from '../../src/insight/figures.ts';
import { INDICATOR_RULES, INDICATORS, indicatorOf, type IndicatorRule } from '../../src/insight/indicators.ts';
import { reportParagraphs } from '../../src/insight/paragraphs.ts';
import { FigureSchema, type Figure } from '../../src/insight/schema.ts';
import { makeReport } from '../fixtures/insight/reports.ts';
import { parseSeed, seedFiles } from './helpers.ts';

interface GoldFigure {
	paragraph: string;
	raw: string;
	value: number;
	unit: string;
	approx: string[];
	counts: string[];
	indicator?: string | null;
}
type Gold = Record<string, { figures: GoldFigure[]; absent: { paragraph: string; value: number }[] }>;

const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/insight/figures.gold.json'), 'utf8')) as Gold;
const compact = (s: string) => s.replace(/\s+/g, '');
const mapped = (f: Figure): Figure => ({ ...f, indicator: indicatorOf(f) });

describe.each(seedFiles())('figures of %s', (file) => {
	const report = parseSeed(file);
	const figures = reportFigures(report).map(mapped);
	const expected = gold[file]!;

	it.each(expected.figures.map((g) => [`${g.paragraph} ${g.raw} (${g.counts.join('')})`, g] as const))('finds %s', (_, g) => {
		const candidates = figures.filter((f) => f.paragraphId === g.paragraph && compact(f.raw) === g.raw && g.counts.every((w) => f.counts.includes(w)));
		expect(candidates, JSON.stringify(figures.filter((f) => f.paragraphId === g.paragraph).map((f) => [f.raw, f.counts]))).toHaveLength(1);
		const f = candidates[0]!;
		expect({ value: f.value, unit: f.unit, approx: f.approx }).toEqual({ value: g.value, unit: g.unit, approx: g.approx });
		if (g.indicator !== undefined) expect(f.indicator).toBe(g.indicator);
	});

	it('takes no date, year, document number or hotline for a figure', () => {
		for (const a of expected.absent) expect(figures.filter((f) => f.paragraphId === a.paragraph && f.value === a.value)).toEqual([]);
		if (expected.figures.length === 0) expect(figures).toEqual([]);
	});

	it('gives each figure as written in its paragraph, with a valid shape', () => {
		const paragraphs = new Map([...reportParagraphs(report)].map((p) => [p.paragraphId, p.text]));
		for (const f of figures) {
			FigureSchema.parse(f);
			expect(paragraphs.get(f.paragraphId)).toContain(f.raw);
			expect(paragraphs.get(f.paragraphId)).toContain(f.clause);
		}
	});
});

describe('figure reading', () => {
	it('reads ranges, multipliers, full-width percent and spaced digits', () => {
		const [range, wan, pct, spaced] = figuresIn('培训10至20次，资料1.5万份，满意率95.5％，检查 1,200 余家次');
		expect(range).toMatchObject({ value: 10, valueMax: 20, unit: '次' });
		expect(wan).toMatchObject({ value: 15000, unit: '份', approx: [] });
		expect(pct).toMatchObject({ value: 95.5, unit: '%' });
		expect(spaced).toMatchObject({ value: 1200, unit: '家次', approx: ['余'] });
	});

	it('skips ordinals and numbers with no counting unit', () => {
		expect(figuresIn('第3次会议于2023年6月26日召开，拨打12348热线，云阳委发〔2022〕15号')).toEqual([]);
	});
});

describe('indicator rule table', () => {
	it('has unique ids and every rule names at least one unit', () => {
		expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
		for (const rule of INDICATOR_RULES) expect(rule.units.length).toBeGreaterThan(0);
	});

	it('maps a stated number of legal advisers, but not a per-firm “各1名”', () => {
		const report = makeReport({
			township: '万古镇',
			year: 2023,
			parts: [{ type: 'measures', heading: '举措', items: [{ heading: '依法决策', paragraphs: ['全年共聘请法律顾问3名，两家律师事务所法律顾问各1名。'] }] }],
		});
		const figures = reportFigures(report).map(mapped);
		expect(figures.map((f) => [f.value, f.indicator])).toEqual([
			[3, 'legal-advisers'],
			[1, null],
		]);
	});

	it('tries rules in order and honours exclusions', () => {
		const rules: IndicatorRule[] = [
			{ id: 'a', label: 'A', units: ['件'], max: 100, match: /处罚/, exclude: /计划/, note: '' },
			{ id: 'b', label: 'B', units: ['件'], max: 100, match: /处罚/, note: '' },
		];
		expect(indicatorOf({ unit: '件', counts: '行政处罚' }, rules)).toBe('a');
		expect(indicatorOf({ unit: '件', counts: '计划行政处罚' }, rules)).toBe('b');
		expect(indicatorOf({ unit: '元', counts: '行政处罚' }, rules)).toBeNull();
	});
});
