/** Year over year on hand-made reports of one township (the seeds hold one year per township). */
import { describe, expect, it } from 'vitest';
import { followSource, followups, followupSteps, LINK_THRESHOLD } from '../../src/insight/followup.ts';
import { FollowupPairSchema } from '../../src/insight/schema.ts';
import { publishedBlocks } from '../../src/report/published.ts';
import { makeReport } from '../fixtures/insight/reports.ts';

const plans2022 = makeReport({
	township: '万古镇',
	year: 2022,
	parts: [
		{ type: 'measures', heading: '主要举措', items: [{ heading: '健全工作机制', paragraphs: ['成立法治政府建设工作领导小组。'] }] },
		{
			type: 'plans',
			heading: '2023年工作打算',
			items: [
				{ heading: '加强执法人员培训', paragraphs: ['组织全体行政执法人员参加执法资格考试和业务培训，提高执法能力。'] },
				{ heading: '推进智慧普法', paragraphs: ['建设线上普法平台，开设普法短视频专栏。'] },
			],
		},
	],
});
const work2023 = makeReport({
	township: '万古镇',
	year: 2023,
	parts: [
		{
			type: 'measures',
			heading: '主要举措及成效',
			items: [
				{ heading: '开展执法人员培训', paragraphs: ['组织行政执法人员参加执法资格考试和业务培训28人次，执法能力明显提高。'] },
				{ heading: '化解矛盾纠纷', paragraphs: ['排查矛盾纠纷606起，已全部化解。'] },
			],
		},
		{ type: 'problems', heading: '存在的问题', items: [{ heading: '普法形式单一', paragraphs: ['线上普法平台尚未建成。'] }] },
		{ type: 'plans', heading: '2024年工作打算', items: [{ heading: '继续加强培训', paragraphs: ['继续开展培训。'] }] },
	],
});
const otherTownship = makeReport({ township: '邮亭镇', year: 2022, parts: [] });

describe('followups', () => {
	const pairs = followups([work2023, otherTownship, plans2022]);

	it('pairs last year’s plans with this year’s measures and problems for the same township only', () => {
		expect(pairs).toHaveLength(1);
		const pair = FollowupPairSchema.parse(pairs[0]);
		expect(pair).toMatchObject({ township: 'chongqing-dazu-wanguzhen', townshipName: '万古镇', fromReportId: plans2022.id, fromYear: 2022, toReportId: work2023.id, toYear: 2023 });
		expect(pair.plans.map((b) => b.heading)).toEqual(['（一）加强执法人员培训', '（二）推进智慧普法']);
		expect(pair.measures.map((b) => b.id)).toEqual(['measures-s1', 'measures-s2']);
		expect(pair.problems.flatMap((b) => b.paragraphs.map((p) => p.text))).toEqual(['线上普法平台尚未建成。']);
	});

	it('links a plan to the measure carrying it out, and leaves a plan with no matching work unlinked', () => {
		const [training, online] = pairs[0]!.links;
		expect(training).toMatchObject({ plan: 'plans-s1', measure: 'measures-s1' });
		expect(training!.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
		expect(online).toMatchObject({ plan: 'plans-s2', measure: null });
	});

	it('pairs each year with the nearest earlier one, across a gap', () => {
		const y2025 = makeReport({ township: '万古镇', year: 2025, parts: [] });
		const chain = followups([y2025, plans2022, work2023]);
		expect(chain.map((p) => [p.fromYear, p.toYear])).toEqual([
			[2022, 2023],
			[2023, 2025],
		]);
		expect(chain[1]!.plans.map((b) => b.heading)).toEqual(['（一）继续加强培训']);
	});

	it('shows each block as the report page does: its heading block and paragraph blocks, by anchor', () => {
		const pair = pairs[0]!;
		for (const [report, blocks] of [[plans2022, pair.plans], [work2023, [...pair.measures, ...pair.problems]]] as const) {
			const page = new Map(publishedBlocks(report).map((b) => [b.anchor, b.text]));
			for (const block of blocks) {
				expect(block.heading, block.id).toBe(page.get(block.id));
				for (const p of block.paragraphs) expect(p.text, p.id).toBe(page.get(p.id));
			}
			expect(blocks.flatMap((b) => b.paragraphs).length).toBeGreaterThan(0);
		}
	});

	it('keeps townships of the same name in different counties apart', () => {
		const elsewhere = makeReport({ township: '万古镇', county: '江津区', year: 2023, parts: [] });
		expect(followups([plans2022, elsewhere])).toEqual([]);
	});

	it('gives the same steps from places and years alone as the pairs carry, in the same order', () => {
		const y2025 = makeReport({ township: '万古镇', year: 2025, parts: [] });
		const reports = [y2025, otherTownship, plans2022, work2023];
		const places = reports.map(followSource).map(({ id, township, townshipName, reportYear }) => ({ id, township, townshipName, reportYear }));
		const steps = followupSteps(places);
		expect(steps).toHaveLength(2);
		expect(steps).toEqual(followups(reports).map(({ plans: _p, measures: _m, problems: _q, links: _l, ...step }) => step));
	});
});
