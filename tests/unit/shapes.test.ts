/**
 * Real report shapes, each as a general rule with examples of our own: parts with no numbering,
 * （一） as the top level, numbers without their separator, a whole report on one line,
 * township names that end in 大街街道 or share their county's name, years in Chinese digits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, compact, parseSeed, parseText, sectionText, seedFiles } from './helpers.ts';

const P = '镇党委专题研究法治建设工作4次，制定年度工作方案，落实重大行政决策合法性审查制度。';
const HEAD = '重庆市大足区万古镇人民政府\n关于2023年法治政府建设情况的报告\n区委、区政府：\n2023年，我镇深入推进法治政府建设，现将有关情况报告如下：\n';
const FOOT = '\n重庆市大足区万古镇人民政府\n2024年1月5日\n';
const parts = (text: string) => parseText(text).sections.map((s) => [s.type, `${s.number ?? ''}${s.heading ?? ''}`]);

describe('parts with no numbering', () => {
	it('reads a short line standing alone before a run of paragraphs as a part, cue word or not', () => {
		expect(parts(`${HEAD}主要工作特点\n${P}\n${P}\n深化依法行政\n${P}\n存在的问题\n执法力量不足，专业化水平不高。\n下一步工作打算\n加强执法队伍培训，提升依法行政能力。${FOOT}`)).toEqual([
			['measures', '主要工作特点'],
			['measures', '深化依法行政'],
			['problems', '存在的问题'],
			['plans', '下一步工作打算'],
		]);
	});

	it('keeps a short line before a short line, or one ending in a colon, inside its part', () => {
		const r = parseText(`${HEAD}主要工作特点\n${P}\n法治宣传\n成效明显。\n具体情况如下：\n${P}\n存在的问题\n执法力量不足，专业化水平不高。${FOOT}`);
		expect(r.sections.map((s) => s.heading)).toEqual(['主要工作特点', '存在的问题']);
		expect(compact(sectionText(r.sections[0]!))).toContain('法治宣传成效明显。具体情况如下：');
	});
});

describe('（一） as the top level', () => {
	it('makes （一） parts and 1. their subsections', () => {
		const r = parseText(`${HEAD}（一）主要举措和成效\n1.加强领导。${P}\n2.依法决策。${P}\n（二）党政主要负责人履行推进法治建设第一责任人职责情况\n${P}\n（三）存在的问题\n执法力量不足。\n（四）下一步工作打算\n加强培训。${FOOT}`);
		expect(r.sections.map((s) => [s.type, s.number])).toEqual([
			['measures', '（一）'],
			['leaderDuties', '（二）'],
			['problems', '（三）'],
			['plans', '（四）'],
		]);
		expect(r.sections[0]!.children.map((c) => [c.number, c.heading])).toEqual([
			['1.', '加强领导'],
			['2.', '依法决策'],
		]);
	});
});

describe('a number without its separator', () => {
	it('reads 一主要举措和成效, 二…, 三… in order as top-level parts', () => {
		const r = parseText(`${HEAD}一主要举措和成效\n（一）加强组织领导\n${P}\n二党政主要负责人履行推进法治建设第一责任人职责情况\n${P}\n三存在的问题\n一是执法力量不足。\n四下一步工作打算\n加强培训。${FOOT}`);
		expect(r.sections.map((s) => [s.type, s.number, s.heading])).toEqual([
			['measures', '一、', '主要举措和成效'],
			['leaderDuties', '二、', '党政主要负责人履行推进法治建设第一责任人职责情况'],
			['problems', '三、', '存在的问题'],
			['plans', '四、', '下一步工作打算'],
		]);
		expect(r.sections[0]!.children[0]!.heading).toBe('加强组织领导');
	});

	it('leaves lines that only open on a numeral as text (一是…, 一体推进…, a lone 一…)', () => {
		const r = parseText(`${HEAD}一、主要举措和成效\n一体推进法治政府建设\n${P}\n二、存在的问题\n一是执法力量不足。${FOOT}`);
		expect(r.sections.map((s) => s.number)).toEqual(['一、', '二、']);
		expect(r.text).toContain('一体推进法治政府建设');
		const lone = parseText(`${HEAD}主要举措和成效\n${P}\n三农工作扎实推进\n${P}\n存在的问题\n执法力量不足，专业化水平不高。${FOOT}`);
		expect(lone.sections.map((s) => s.number)).toEqual([null, null, null]);
		expect(lone.text).toContain('三农工作扎实推进');
	});
});

describe('a whole report on one line', () => {
	// As text pulled from a .docx comes: every line joined by a space, headings inline.
	for (const seed of seedFiles()) {
		it(`parses ${seed} run together like its lines`, () => {
			const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
			const oneLine = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(' ');
			expect(oneLine).not.toContain('\n');
			const txt = parseSeed(seed);
			const r = parseText(oneLine, 'one-line.txt');
			expect(r.id).toBe(txt.id);
			expect(r.issuedDate).toBe(txt.issuedDate);
			// The issuers may share the title's line in the .txt; the title itself must match.
			expect(compact(txt.title).endsWith(compact(r.title))).toBe(true);
			expect(r.sections.map((s) => [s.type, s.heading])).toEqual(txt.sections.map((s) => [s.type, s.heading]));
			const published = compact(r.text);
			const lost = txt.text.split('\n').flatMap((l) => l.split(/(?<=[。；！？])/)).map(compact).filter((s) => s && !published.includes(s));
			expect(lost).toEqual([]);
		});
	}

	it('leaves a long paragraph with inline （一）…；（二）… alone', () => {
		const long = `${HEAD}一、主要举措和成效\n${`主要做法有：（一）加强组织领导；（二）规范行政执法；（三）深化普法宣传。${P}`.repeat(12)}\n二、存在的问题\n执法力量不足。${FOOT}`;
		expect(parseText(long).sections.map((s) => s.number)).toEqual(['一、', '二、']);
	});
});

describe('township names', () => {
	const report = (issuer: string, opening = '2023年，我们深入推进法治政府建设。') =>
		`${issuer}\n关于2023年法治政府建设情况的报告\n${opening}\n一、主要举措和成效\n${P}\n二、存在的问题\n不足。\n三、下一步工作打算\n加强。\n${issuer}\n2024年1月5日`;

	it('places a name ending in 大街街道 whole, not as a street', () => {
		expect(parseText(report('海港区燕山大街街道办事处')).region).toMatchObject({ county: '海港区', township: '燕山大街街道', city: '秦皇岛市' });
	});

	it('places a township that shares its county’s name (伊金霍洛镇 in 伊金霍洛旗)', () => {
		const r = parseText(report('伊金霍洛镇人民政府', '2023年，伊金霍洛镇在伊金霍洛旗委、旗政府的领导下深入推进法治建设。'));
		expect(r.region).toMatchObject({ county: '伊金霍洛旗', township: '伊金霍洛镇', code: expect.stringMatching(/^150627/) });
	});

	it('warns and leaves the county empty when a township name is shared and nothing says which', () => {
		for (const issuer of ['兴隆镇人民政府', '中华大街街道办事处']) {
			const r = parseText(report(issuer));
			expect(r.region.county, issuer).toBeNull();
			expect(r.warnings.map((w) => w.code), issuer).toContain('region-ambiguous');
		}
	});
});

describe('years in Chinese digits', () => {
	it('reads 二〇二〇年 (and 二○二○年) in the title and the opening as the reporting year', () => {
		for (const zero of ['〇', '○']) {
			const [y2020, y2021] = [`二${zero}二${zero}年`, `二${zero}二一年`];
			const r = parseText(`重庆市大足区万古镇人民政府\n关于${y2020}法治政府建设情况的报告\n${y2020}，我镇深入推进法治政府建设。\n一、主要举措和成效\n${P}\n二、存在的问题\n不足。\n三、${y2021}工作打算\n加强。\n重庆市大足区万古镇人民政府\n${y2021}一月五日`);
			expect(r.reportYear, zero).toBe(2020);
			expect(r.warnings.map((w) => w.code), zero).not.toContain('year-inferred');
			expect(r.issuedDate, zero).toBe('2021-01-05');
			expect(r.sections.map((s) => s.type)).toEqual(['measures', 'problems', 'plans']);
		}
	});
});
