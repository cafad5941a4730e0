/** Reports in shapes the seeds do not show: other numbering, no headings, merged parts, leaders first. */
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/report/errors.ts';
import { compact, parseText, sectionText } from './helpers.ts';

const HEAD = '某某镇人民政府\n关于2023年法治政府建设情况的报告\n区委、区政府：\n2023年，我镇深入推进法治政府建设，现将有关情况报告如下：\n';
const FOOT = '\n某某镇人民政府\n2024年1月5日\n';

describe('outline', () => {
	it('reads three numbering levels and headings that run into their paragraph', () => {
		const r = parseText(
			`${HEAD}一、主要举措和成效\n（一）强化组织领导。镇党委专题研究法治建设4次。\n1.健全工作机制。成立领导小组。\n2．抓好率先垂范。书记带头学法。\n(二)规范执法\n执法人员持证上岗。\n二、存在的问题\n一是学法不够深入。二是宣传形式单一。\n三、下一步工作计划\n加强培训。${FOOT}`,
		);
		const [measures] = r.sections;
		expect(measures!.children.map((c) => [c.number, c.heading])).toEqual([
			['（一）', '强化组织领导'],
			['（二）', '规范执法'],
		]);
		expect(measures!.children[0]!.paragraphs.map((p) => p.text)).toEqual(['镇党委专题研究法治建设4次。']);
		expect(measures!.children[0]!.children.map((c) => [c.number, c.heading, c.paragraphs[0]!.text])).toEqual([
			['1.', '健全工作机制', '成立领导小组。'],
			['2.', '抓好率先垂范', '书记带头学法。'],
		]);
		// Inline 一是…二是… stays one paragraph, nothing lost.
		expect(r.sections[1]!.paragraphs.map((p) => p.text)).toEqual(['一是学法不够深入。二是宣传形式单一。']);
	});

	it('gives every part, subsection and paragraph a stable, typed anchor', () => {
		const r = parseText(`${HEAD}一、主要举措和成效\n（一）组织领导\n段落一。\n段落二。\n二、主要做法\n做法。\n三、存在问题\n问题。${FOOT}`);
		expect(r.sections.map((s) => s.id)).toEqual(['measures', 'measures-2', 'problems']);
		expect(r.sections[0]!.children[0]!.id).toBe('measures-s1');
		expect(r.sections[0]!.children[0]!.paragraphs.map((p) => p.id)).toEqual(['measures-s1-p1', 'measures-s1-p2']);
		expect(r.preamble[0]!.id).toBe('preamble-p1');
		const again = parseText(`${HEAD}一、主要举措和成效\n（一）组织领导\n段落一。\n段落二。\n二、主要做法\n做法。\n三、存在问题\n问题。${FOOT}`);
		expect(again).toEqual(r);
	});

	it('splits a heading holding two parts at its inline labels', () => {
		const r = parseText(`${HEAD}一、主要工作开展情况\n做了工作。\n二、存在的问题及下一步工作打算\n存在的问题：一是执法力量不足。\n下一步工作打算：一是加强培训。${FOOT}`);
		expect(r.sections.map((s) => [s.id, s.type, s.heading, s.groupHeading])).toEqual([
			['measures', 'measures', '主要工作开展情况', null],
			['problems', 'problems', '存在的问题', '存在的问题及下一步工作打算'],
			['plans', 'plans', '下一步工作打算', '存在的问题及下一步工作打算'],
		]);
		expect(compact(sectionText(r.sections[1]!))).toContain('执法力量不足');
		expect(compact(sectionText(r.sections[1]!))).not.toContain('加强培训');
	});

	it('splits a two-part heading at numbered sub-headings too', () => {
		const r = parseText(`${HEAD}一、主要做法及成效\n做了工作。\n二、存在问题及下步打算\n（一）存在问题\n执法力量不足。\n（二）下步打算\n加强培训。${FOOT}`);
		expect(r.sections.map((s) => s.type)).toEqual(['measures', 'problems', 'plans']);
		expect(sectionText(r.sections[2]!)).toContain('加强培训');
	});

	it('handles the leaders part first and a problem-fixing part that is not a problems part', () => {
		const r = parseText(
			`${HEAD}一、街道党工委书记、办事处主任履行法治建设第一责任人职责情况\n书记带头。\n二、上一年度法治政府建设问题整改情况\n已整改。\n三、工作开展情况及取得的成效\n成效明显。\n四、问题和不足\n不足。\n五、2024年推进法治政府建设的主要安排\n安排。${FOOT}`,
		);
		expect(r.sections.map((s) => s.type)).toEqual(['leaderDuties', 'other', 'measures', 'problems', 'plans']);
		expect(r.warnings.map((w) => w.code)).not.toContain('missing-part');
	});

	it('reads unnumbered part headings when a report has no numbering at all', () => {
		const r = parseText(`${HEAD}主要举措和成效\n我镇全年开展普法宣传12次。\n党政主要负责人履行推进法治建设第一责任人职责情况\n\n书记带头学法。\n存在的问题：\n执法力量不足。\n下一步工作打算\n加强培训。${FOOT}`);
		expect(r.sections.map((s) => [s.type, s.number, s.heading])).toEqual([
			['measures', null, '主要举措和成效'],
			['leaderDuties', null, '党政主要负责人履行推进法治建设第一责任人职责情况'],
			['problems', null, '存在的问题'],
			['plans', null, '下一步工作打算'],
		]);
		expect(r.sections[2]!.paragraphs.map((p) => p.text)).toEqual(['执法力量不足。']);
	});

	it('keeps all text of a report with no headings in one other part, with a warning', () => {
		const body = '我镇全年开展普法宣传12次，发放资料3000份。\n聘请法律顾问1名，审查合同5份。\n明年将继续加强法治建设。';
		const r = parseText(`${HEAD}${body}${FOOT}`);
		expect(r.sections).toHaveLength(1);
		expect(r.sections[0]!.type).toBe('other');
		expect(r.warnings.map((w) => w.code)).toContain('no-headings');
		const published = compact([...r.preamble.map((p) => p.text), ...r.sections.map(sectionText)].join(''));
		for (const line of ['2023年，我镇深入推进法治政府建设', ...body.split('\n')]) expect(published).toContain(compact(line));
	});

	it('warns about a missing part and about a plans heading with the wrong year', () => {
		const r = parseText(`${HEAD}一、主要举措和成效\n做了工作。\n二、2023年工作计划\n计划。${FOOT}`);
		const codes = r.warnings.map((w) => w.code);
		expect(codes).toContain('missing-part');
		expect(codes).toContain('plans-year-mismatch');
		expect(r.warnings.filter((w) => w.code === 'missing-part').map((w) => w.message).join()).toMatch(/存在的问题/);
	});
});

describe('not a report', () => {
	it.each([
		['empty', ''],
		['whitespace only', ' \n\u3000\n\t'],
		['no year', '某某镇人民政府\n关于法治政府建设情况的报告\n一、主要举措\n做了工作。'],
		['no township', '某某公司\n关于2023年经营情况的报告\n一、主要举措\n做了工作。'],
	])('%s', (_name, text) => {
		expect(() => parseText(text, 'bad.txt')).toThrow(ReportError);
		expect(() => parseText(text, 'bad.txt')).toThrow(/bad\.txt/);
	});
});
