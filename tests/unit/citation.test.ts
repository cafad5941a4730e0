import { describe, expect, it } from 'vitest';
import { citation, citeAs, pageCitations, partName, titleWithoutIssuers } from '../../src/utils/citation.ts';
import { publishedBlocks } from '../../src/report/published.ts';
import type { Report, Section } from '../../src/report/schema.ts';

/** The published blocks of a report made of these parts. */
const blocksOf = (sections: Section[]) =>
	publishedBlocks({ title: '报告', issuers: [], docNumber: null, signer: null, recipients: null, preamble: [], closing: [], sections } as unknown as Report);

const section = (over: Partial<Section>): Section => ({
	id: 'problems', number: '四、', heading: '存在的问题', paragraphs: [], type: 'problems', groupHeading: null, children: [], ...over,
});

describe('citation', () => {
	it('writes an online report as GB/T 7714 [R/OL] with issue and access dates', () => {
		const report = { issuers: ['永安市贡川镇人民政府'], title: '永安市贡川镇人民政府 关于2023年法治政府建设工作报告', issuedDate: '2023-12-26' };
		expect(citation(report, '2026-12-01')).toBe('永安市贡川镇人民政府. 关于2023年法治政府建设工作报告[R/OL]. (2023-12-26)[2026-12-01].');
		expect(citation(report, '2026-12-01', '四、存在的问题')).toBe('永安市贡川镇人民政府. 关于2023年法治政府建设工作报告: 四、存在的问题[R/OL]. (2023-12-26)[2026-12-01].');
	});

	it('lists joint issuers once each, drops an undated issue date and names an unknown issuer', () => {
		const joint = { issuers: ['中共某镇委', '某镇人民政府'], title: '中共某镇委 某镇人民政府 关于2023年法治政府建设情况的报告', issuedDate: null };
		expect(citation(joint, '2026-01-02')).toBe('中共某镇委, 某镇人民政府. 关于2023年法治政府建设情况的报告[R/OL]. [2026-01-02].');
		expect(citation({ issuers: [], title: '关于法治政府建设的报告', issuedDate: null }, '2026-01-02')).toBe('佚名. 关于法治政府建设的报告[R/OL]. [2026-01-02].');
	});
});

describe('titleWithoutIssuers', () => {
	it('keeps a title that does not open with an issuer, or that is nothing else', () => {
		expect(titleWithoutIssuers({ issuers: ['邮亭镇人民政府'], title: '关于邮亭镇人民政府法治政府建设情况报告' })).toBe('关于邮亭镇人民政府法治政府建设情况报告');
		expect(titleWithoutIssuers({ issuers: ['某镇人民政府'], title: '某镇人民政府' })).toBe('某镇人民政府');
	});
});

describe('partName', () => {
	it('names parts, their subsections and group headings by number and heading (a group has one anchor, its first part’s)', () => {
		const { parts } = pageCitations(
			{ issuers: [], title: '报告', issuedDate: null },
			blocksOf([
				section({ id: 'measures', type: 'measures', number: '一、', heading: '主要举措', children: [{ id: 'measures-s1', number: '（一）', heading: '强化领导', paragraphs: [], children: [{ id: 'measures-s1-s1', number: '1.', heading: '学法', paragraphs: [] }] }] }),
				section({ id: 'problems', number: '三、', heading: '存在的问题', groupHeading: '存在的问题及下一步打算' }),
				section({ id: 'plans', type: 'plans', number: '三、', heading: '下一步打算', groupHeading: '存在的问题及下一步打算' }),
				section({ id: 'other', type: 'other', number: '四、', heading: null }),
			]),
			'2026-01-01',
		);
		// Each heading is on the page once: a subsection points to its part rather than repeating it.
		expect(parts['measures-s1']).toEqual(['（一）强化领导', 'measures']);
		expect(Object.fromEntries(Object.keys(parts).map((a) => [a, partName(parts, a)]))).toEqual({
			measures: '一、主要举措',
			'measures-s1': '一、主要举措 （一）强化领导',
			'measures-s1-s1': '一、主要举措 （一）强化领导 1.学法',
			'problems-group': '三、存在的问题及下一步打算',
			problems: '三、存在的问题及下一步打算 存在的问题',
			plans: '三、存在的问题及下一步打算 下一步打算',
		});
	});

	it('gives the page the frame of its citations once and each part’s name, which cite the whole report and each part', () => {
		const cites = pageCitations({ issuers: ['某镇'], title: '报告', issuedDate: null }, blocksOf([section({})]), '2026-01-01');
		expect(cites.parts).toEqual({ problems: ['四、存在的问题', null] });
		expect(citeAs(cites)).toBe('某镇. 报告[R/OL]. [2026-01-01].');
		expect(citeAs(cites, partName(cites.parts, 'problems'))).toBe('某镇. 报告: 四、存在的问题[R/OL]. [2026-01-01].');
	});
});
