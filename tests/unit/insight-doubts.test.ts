/**
 * Figures that cannot be as read (存疑): rates over 100%, parts larger than their whole, values far
 * outside their indicator's range. Each case is a sentence as reports write it, run through the
 * whole insight pipeline; the expected flags are read off the sentence by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeInsight, type Figure } from '../../src/insight/index.ts';
import { makeReport } from '../fixtures/insight/reports.ts';
import { parseSeed, seedFiles } from './helpers.ts';

function figuresOf(...paragraphs: string[]): Figure[] {
	const report = makeReport({ township: '故陵镇', county: '云阳县', year: 2023, parts: [{ type: 'measures', heading: '举措', items: [{ heading: '化解矛盾', paragraphs }] }] });
	return computeInsight([report]).figures;
}
const doubtful = (figures: Figure[]) => figures.filter((f) => f.doubt).map((f) => f.raw);
const doubtOf = (figures: Figure[], raw: string) => figures.find((f) => f.raw === raw)!.doubt;

describe('rates', () => {
	it('flags a success rate, an appearance rate and a 办结率 over 100%', () => {
		const figures = figuresOf('调解成功率123%。', '行政机关负责人出庭应诉率107%。', '按期办结率达101%。');
		expect(doubtful(figures)).toEqual(['123%', '107%', '101%']);
		expect(doubtOf(figures, '101%')).toContain('超过100%');
	});

	it('leaves 100% and a growth over 100% alone', () => {
		expect(doubtful(figuresOf('调解成功率100%，案件数同比增长150%。'))).toEqual([]);
	});
});

describe('parts and wholes', () => {
	it('flags 601 settled out of 470 found, naming both', () => {
		const figures = figuresOf('今年以来，共排查出各种矛盾纠纷470余件，成功调解601件，调解成功率100%。');
		expect(doubtful(figures)).toEqual(['601件']);
		expect(doubtOf(figures, '601件')).toBe('“成功调解”601件多于同句“排查出各种矛盾纠纷”470余件');
	});

	it('reads 470余 as up to 479, and equal parts as possible', () => {
		expect(doubtful(figuresOf('排查出各种矛盾纠纷470余件，成功调解475件。受理群众信访案件77件、办结77件。'))).toEqual([]);
	});

	it('flags a 其中 part larger than the figure before it, in the same unit only', () => {
		const figures = figuresOf('受理刑事案件75件，同比下降6.25%，其中诈骗案件86件。', '培训32人次，其中区级培训3次。');
		expect(doubtful(figures)).toEqual(['86件']);
	});

	it('compares within one sentence only', () => {
		expect(doubtful(figuresOf('排查隐患76条。整改隐患768条。'))).toEqual([]);
	});
});

describe('ranges', () => {
	it('flags a value far above its indicator’s range, saying the bound', () => {
		const figures = figuresOf('聘请法律顾问300名，罚款9000元。');
		expect(doubtful(figures)).toEqual(['300名']);
		expect(doubtOf(figures, '300名')).toContain('不超过100名');
	});
});

describe('the seeds', () => {
	it('hold no figure that cannot be', () => {
		expect(computeInsight(seedFiles().map(parseSeed)).figures.filter((f) => f.doubt)).toEqual([]);
	});
});
