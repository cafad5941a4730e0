/**
 * Law kinds against a hand-assembled table of real titles (tests/fixtures/insight/law-titles.json),
 * and loose names merged with the proper name they stand for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_RULES, lawKind } from '../../src/insight/law-kinds.ts';
import { citedLaws } from '../../src/insight/laws.ts';
import { LawKindSchema } from '../../src/insight/schema.ts';
import { makeReport } from '../fixtures/insight/reports.ts';
import { parseSeed, seedFiles } from './helpers.ts';

interface Table {
	titles: { title: string; kind: string; from: string }[];
	aliases: { written: string; name: string; from: string }[];
}
const table = JSON.parse(readFileSync('tests/fixtures/insight/law-titles.json', 'utf8')) as Table;

describe('the title table', () => {
	it('holds 40+ titles and every kind', () => {
		expect(table.titles.length).toBeGreaterThanOrEqual(40);
		expect(new Set(table.titles.map((t) => t.kind))).toEqual(new Set(LawKindSchema.options));
	});
});

describe('kinds', () => {
	it.each(table.titles.map((t) => [t.title, t.kind] as const))('《%s》 is %s', (title, kind) => {
		expect(lawKind(title)).toBe(kind);
	});

	it('has one rule per kind', () => {
		expect(KIND_RULES.map((r) => r.kind).sort()).toEqual([...LawKindSchema.options].sort());
	});

	it('puts a prefecture’s documents in one kind whatever form its name takes', () => {
		const prefectures = ['三明市', '黔东南苗族侗族自治州', '恩施州', '大兴安岭地区', '锡林郭勒盟', '乌鲁木齐市'];
		const kinds = new Set(prefectures.map((p) => lawKind(`${p}创建全国法治政府建设示范市法律知识`)));
		expect(kinds).toEqual(new Set(['local-document']));
	});

	it('never files an ethnic township’s (民族乡, 苏木) document under 其他', () => {
		for (const t of ['得力其尔鄂温克民族乡', '九门回族乡', '吉忽伦图苏木', '罕苏木苏木']) {
			expect(lawKind(`${t}政府信息公开制度`), t).toBe('internal-document');
		}
	});
});

describe('loose names', () => {
	const report = (township: string, written: string) =>
		makeReport({ township, year: 2023, parts: [{ type: 'measures', heading: '举措', items: [{ heading: '依法决策', paragraphs: [`严格执行《${written}》。`] }] }] });

	it.each(table.aliases.map((a) => [a.written, a.name] as const))('merge 《%s》 with 《%s》', (written, name) => {
		const laws = citedLaws([report('万古镇', written), report('邮亭镇', name)]);
		expect(laws).toHaveLength(1);
		expect(laws[0]!.name).toBe(name);
		expect(laws[0]!.aliases).toContain(written);
		expect(laws[0]!.reports).toBe(2);
		expect(laws[0]!.kind).toBe(lawKind(name));
	});

	it('list seed 001’s 《重大行政决策程序暂行规定》 as the administrative regulation 国务院令第713号', () => {
		const laws = citedLaws(seedFiles().map(parseSeed));
		const law = laws.find((l) => l.citations.some((c) => c.written === '重大行政决策程序暂行规定'))!;
		expect(law.kind).toBe('administrative-regulation');
		expect(law.name).toBe('重大行政决策程序暂行条例');
	});

	it('do not merge a local document that shares a State Council regulation’s words', () => {
		const laws = citedLaws([report('万古镇', '重庆市优化营商环境条例'), report('邮亭镇', '优化营商环境条例')]);
		expect(laws.map((l) => [l.name, l.kind]).sort()).toEqual([
			['优化营商环境条例', 'administrative-regulation'],
			['重庆市优化营商环境条例', 'local-regulation'],
		]);
	});
});
