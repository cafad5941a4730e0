/** Copied text on small hand-made reports built from the seeds' real paragraphs. */
import { describe, expect, it } from 'vitest';
import { reportParagraphs } from '../../src/insight/paragraphs.ts';
import { townshipKey } from '../../src/report/index.ts';
import { SimilarMatchSchema } from '../../src/insight/schema.ts';
import { jaccard, normaliseText, shingleSet } from '../../src/insight/shingles.ts';
import { findSimilar, type SimilarInput } from '../../src/insight/similar.ts';
import { closestReports } from '../../src/insight/copies.ts';
import { parseSeed, seedFiles } from './helpers.ts';

const seeds = seedFiles().map(parseSeed);
const asInput = (r: (typeof seeds)[number]): SimilarInput => ({
	reportId: r.id,
	township: townshipKey(r),
	paragraphs: [...reportParagraphs(r)].map((p) => ({ id: p.paragraphId, text: p.text })),
});
const paragraph = (file: string, id: string) =>
	[...reportParagraphs(seeds.find((r) => r.source.file.startsWith(file))!)].find((p) => p.paragraphId === id)!.text;

/** 001's 法律顾问 paragraph and 003's 纠纷化解 paragraph: long, real, unrelated. */
const ADVISERS = paragraph('001', 'measures-s4-p1');
const DISPUTES = paragraph('003', 'measures-2-s5-p1');

/** Changes `n` characters spread through the text, as a township editing a copied paragraph. */
function edit(text: string, n: number): string {
	const chars = [...text];
	for (let i = 1; i <= n; i++) chars[Math.floor((i * chars.length) / (n + 1))] = '某';
	return chars.join('');
}

const report = (reportId: string, township: string, ...texts: string[]): SimilarInput => ({
	reportId,
	township,
	paragraphs: [...texts.map((text, i) => ({ id: `p${i + 1}`, text })), { id: 'closing-p1', text: '特此报告。' }],
});

describe('findSimilar', () => {
	it('compares each pair of paragraphs once, however many bands they share: no match is listed twice', () => {
		// Forty townships editing one paragraph, each differently: near-copies share most of their
		// 20 bands, so each pair meets again band after band (hundreds of pairs). Compared twice,
		// a pair would be listed twice.
		const inputs = Array.from({ length: 40 }, (_, i) => report(`t${i}-2023`, `t${i}`, edit(ADVISERS, 1 + (i % 5)).replace('某', String.fromCharCode(0x4e00 + i))));
		const { matches } = findSimilar(inputs, { maxMatches: 40, saturation: 40 });
		const pairs = matches.map((m) => `${m.reportId}#${m.paragraphId}>${m.otherReportId}#${m.otherParagraphId}`);
		expect(pairs.length).toBeGreaterThan(100);
		expect(new Set(pairs).size).toBe(pairs.length);
	});

	it('finds a near-duplicate with a few characters changed, both ways, and not an unrelated paragraph', () => {
		const edited = edit(ADVISERS, 4);
		const { matches } = findSimilar([report('a-2023', 'a', ADVISERS, DISPUTES), report('b-2023', 'b', edited)]);
		const expected = jaccard(shingleSet(normaliseText(ADVISERS)), shingleSet(normaliseText(edited)));
		expect(expected).toBeLessThan(1);
		expect(matches.map((m) => [m.reportId, m.paragraphId, m.otherReportId, m.otherParagraphId])).toEqual([
			['a-2023', 'p1', 'b-2023', 'p1'],
			['b-2023', 'p1', 'a-2023', 'p1'],
		]);
		for (const m of matches) {
			SimilarMatchSchema.parse(m);
			expect(m).toMatchObject({ exact: false, sameTownship: false, similarity: Math.round(expected * 1000) / 1000 });
		}
	});

	it('calls a copy differing only in spacing and punctuation exact', () => {
		const respaced = ADVISERS.replace(/，/g, ', ').replace(/。/g, '. ');
		const { matches } = findSimilar([report('a-2022', 'a', ADVISERS), report('a-2023', 'a', respaced)]);
		expect(matches).toHaveLength(2);
		expect(matches[0]).toMatchObject({ exact: true, similarity: 1, sameTownship: true });
	});

	it('does not flag a paragraph with one character in seventeen changed (Jaccard below 0.6)', () => {
		const { matches } = findSimilar([report('a-2023', 'a', ADVISERS), report('b-2023', 'b', edit(ADVISERS, 12))]);
		expect(matches).toEqual([]);
	});

	it('never flags 特此报告 or other short lines, however many reports share them', () => {
		const inputs = Array.from({ length: 30 }, (_, i) => report(`r${i}-2023`, `t${i}`, '特此报告！', '现将有关情况报告如下：', '以上报告，请审阅。'));
		expect(findSimilar(inputs).matches).toEqual([]);
	});

	it('does not flag a paragraph repeated inside one report (001 repeats one sentence)', () => {
		const within = report('a-2023', 'a', ADVISERS, ADVISERS);
		expect(findSimilar([within]).matches).toEqual([]);
	});

	it('finds no copying between the five seeds, which share no paragraph', () => {
		const { matches, shares } = findSimilar(seeds.map(asInput));
		expect(matches).toEqual([]);
		expect(shares.map((s) => s.share)).toEqual([0, 0, 0, 0, 0]);
	});

	it('links a seed report to an edited copy of itself and measures the copied share', () => {
		const source = seeds.find((r) => r.source.file.startsWith('003'))!;
		const copy: SimilarInput = { ...asInput(source), reportId: 'copy-2024', township: 'copy' };
		copy.paragraphs = copy.paragraphs.map((p, i) => (i % 2 ? { ...p, text: edit(p.text, 2) } : { ...p, text: `${p.id}：本镇自行撰写的内容。` }));
		const { matches, shares } = findSimilar([asInput(source), copy]);
		const long = copy.paragraphs.filter((p, i) => i % 2 && normaliseText(p.text).length >= 40);
		expect(new Set(matches.filter((m) => m.reportId === 'copy-2024').map((m) => m.paragraphId))).toEqual(new Set(long.map((p) => p.id)));
		const share = shares.find((s) => s.reportId === 'copy-2024')!;
		expect(share.copiedChars).toBe(long.reduce((n, p) => n + p.text.length, 0));
		expect(share.share).toBeCloseTo(share.copiedChars / share.chars, 3);
	});

	it('keeps at most maxMatches links per paragraph, best first, and is deterministic', () => {
		const inputs = [
			report('a-2023', 'a', ADVISERS),
			...Array.from({ length: 6 }, (_, i) => report(`c${i}-2023`, `c${i}`, edit(ADVISERS, i))),
		];
		const first = findSimilar(inputs);
		expect(findSimilar(inputs)).toEqual(first);
		const fromA = first.matches.filter((m) => m.reportId === 'a-2023');
		expect(fromA).toHaveLength(3);
		expect(fromA[0]).toMatchObject({ otherReportId: 'c0-2023', exact: true });
		const sims = fromA.map((m) => m.similarity);
		expect([...sims].sort((x, y) => y - x)).toEqual(sims);
	});
});

describe('closestReports', () => {
	it('ranks the other reports by characters of this report found in each, counting a paragraph once per report', () => {
		const inputs = [report('a-2023', 'a', ADVISERS, DISPUTES), report('a-2022', 'a', ADVISERS, DISPUTES), report('b-2023', 'b', DISPUTES, DISPUTES)];
		const { matches } = findSimilar(inputs);
		const mine = matches.filter((m) => m.reportId === 'a-2023');
		const length = new Map(inputs[0]!.paragraphs.map((p) => [p.id, p.text.length]));
		expect(closestReports(mine, (id) => length.get(id)!)).toEqual([
			{ reportId: 'a-2022', paragraphs: 2, chars: ADVISERS.length + DISPUTES.length, sameTownship: true },
			{ reportId: 'b-2023', paragraphs: 1, chars: DISPUTES.length, sameTownship: false },
		]);
	});
});
