/** Cited laws on the seeds' real citations: one law one entry, local and internal kept apart. */
import { describe, expect, it } from 'vitest';
import { lawKind } from '../../src/insight/law-kinds.ts';
import { citedLaws, lawKey } from '../../src/insight/laws.ts';
import { LawSchema, type Law } from '../../src/insight/schema.ts';
import { normaliseTitle, titlesIn } from '../../src/insight/titles.ts';
import { parseSeed, seedFiles } from './helpers.ts';

const seeds = seedFiles().map(parseSeed);
const laws = citedLaws(seeds);
const seedId = (prefix: string) => seeds.find((r) => r.source.file.startsWith(prefix))!.id;
const lawCiting = (written: string): Law => {
	const law = laws.find((l) => l.citations.some((c) => c.written === written));
	if (!law) throw new Error(`no law cited as 《${written}》`);
	return law;
};

describe('titles', () => {
	it('takes the outermost title and keeps brackets inside it', () => {
		expect(titlesIn('关于印发《重庆市〈条例〉实施办法》的通知，《法治政府建设实施纲要（2021—2026 年）》为主线')).toEqual([
			'重庆市〈条例〉实施办法',
			'法治政府建设实施纲要（2021—2026 年）',
		]);
		expect(titlesIn('关于印发《区《规定》的通知》')).toEqual(['区《规定》的通知']);
	});

	it('normalises spacing, brackets and range dashes', () => {
		expect(normaliseTitle('法治政府建设实施纲要(2021-2026 年)')).toBe('法治政府建设实施纲要（2021—2026年）');
	});
});

describe('merging national laws', () => {
	it('merges 《民法典》 with 《中华人民共和国民法典》 in 000 and 004', () => {
		const short = lawCiting('民法典');
		expect(lawCiting('中华人民共和国民法典')).toBe(short);
		expect(short.name).toBe('中华人民共和国民法典');
		expect(short.kind).toBe('law');
		expect(short.aliases).toContain('民法典');
		expect(new Set(short.citations.map((c) => c.reportId))).toEqual(new Set([seedId('000'), seedId('004')]));
		expect(short.years).toEqual([2021, 2023]);
	});

	it('merges 《行政处罚法》 (001) with 《中华人民共和国行政处罚法》 (000)', () => {
		const law = lawCiting('行政处罚法');
		expect(lawCiting('中华人民共和国行政处罚法')).toBe(law);
		expect(law.reports).toBe(2);
		expect(law.townships).toBe(2);
	});

	it('merges 《政府信息公开条例》 (004) with its full title (003) as an administrative regulation', () => {
		const law = lawCiting('政府信息公开条例');
		expect(lawCiting('中华人民共和国政府信息公开条例')).toBe(law);
		expect(law.kind).toBe('administrative-regulation');
		expect(law.name).toBe('中华人民共和国政府信息公开条例');
	});

	it('counts a law once per paragraph even when a paragraph names it twice', () => {
		const constitution = lawCiting('中华人民共和国宪法');
		const places = constitution.citations.map((c) => `${c.reportId}#${c.paragraphId}`);
		expect(new Set(places).size).toBe(places.length);
	});
});

describe('kinds kept apart', () => {
	it('labels 004 《党政主要负责人履行推进法治建设第一责任人职责规定》 a party regulation, in both its paragraphs', () => {
		const law = lawCiting('党政主要负责人履行推进法治建设第一责任人职责规定');
		expect(law.kind).toBe('party-regulation');
		expect(law.citations.map((c) => c.paragraphId)).toEqual(['measures-s1-p1', 'leader-duties-s1-p1']);
	});

	it('reads 004 《法治政府建设实施纲要（2021—2026年）》 whole, brackets included', () => {
		const law = lawCiting('法治政府建设实施纲要（2021—2026年）');
		expect(law.name).toBe('法治政府建设实施纲要（2021—2026年）');
		expect(law.kind).toBe('central-policy');
	});

	it('keeps local regulations and documents apart from national ones', () => {
		expect(lawCiting('重庆市未成年人保护条例').kind).toBe('local-regulation');
		expect(lawCiting('重庆市政府法律顾问管理办法').kind).toBe('local-regulation');
		expect(lawCiting('云阳县法治政府建设实施方案').kind).toBe('local-document');
		expect(lawCiting('2023年全县法治政府建设工作要点').kind).toBe('local-document');
	});

	it('labels a township’s own documents internal, scoping unnamed ones to their township', () => {
		expect(lawCiting('万古镇2023年法治政府建设工作方案').kind).toBe('internal-document');
		const rule = lawCiting('首问负责制');
		expect(rule.kind).toBe('internal-document');
		expect(rule.scope).toBe('邮亭镇');
		expect(lawKey('首问负责制', '万古镇').key).not.toBe(lawKey('首问负责制', '邮亭镇').key);
	});

	it('does not mistake a law for a place-named document', () => {
		expect(lawKind('社区矫正法')).toBe('law');
		expect(lawKind('城乡规划法')).toBe('law');
		expect(lawKind('城镇燃气管理条例')).toBe('administrative-regulation');
		expect(lawKind('重庆市实施〈中华人民共和国土地管理法〉办法')).toBe('local-regulation');
	});
});

describe('entries', () => {
	it('are valid, with unique ASCII ids, and every citation points at a paragraph holding the title', () => {
		const ids = new Set<string>();
		for (const law of laws) {
			LawSchema.parse(law);
			expect(ids.has(law.id)).toBe(false);
			ids.add(law.id);
			for (const c of law.citations) {
				const report = seeds.find((r) => r.id === c.reportId)!;
				expect(report.text).toContain(`《${c.written}》`);
				expect(c.lawId).toBe(law.id);
			}
		}
	});
});
