import { describe, expect, it } from 'vitest';
import { readDateLine } from '../../src/report/dates.ts';
import { parseText } from './helpers.ts';

describe('readDateLine', () => {
	it.each([
		['2024年1月10日', '2024-01-10'],
		['2024年1月10日印', '2024-01-10'],
		['二〇二四年一月十日', '2024-01-10'],
		['二〇二三年十二月二十六日', '2023-12-26'],
		[' 2024 年 1 月 8 日 ', '2024-01-08'],
		['2024.1.8', '2024-01-08'],
	])('%s → %s', (line, iso) => expect(readDateLine(line)).toBe(iso));
	it('is null for text that merely holds a date', () => {
		expect(readDateLine('2024年1月10日召开党委会')).toBeNull();
		expect(readDateLine('2024年13月40日')).toBeNull();
	});
});

describe('header metadata', () => {
	it('reads a wrapped title, a red-header issuer, document number and signer, not a cited document', () => {
		const r = parseText(
			'某某镇人民政府文件\n某政发［2024］3号\n签发人：王 小 明\n关于某某镇2023年法治政府\n建设情况的报告\n县政府：\n根据《某县2023年工作要点》（某府发〔2023〕37号）要求，现将情况报告如下：\n一、主要举措和成效\n做了工作。\n某某镇人民政府\n二〇二四年一月十日',
		);
		expect(r.title).toBe('关于某某镇2023年法治政府建设情况的报告');
		expect(r.issuers).toEqual(['某某镇人民政府']);
		expect(r.docNumber).toBe('某政发〔2024〕3号');
		expect(r.signer).toBe('王小明');
		expect(r.recipients).toBe('县政府');
		expect(r.reportYear).toBe(2023);
		expect(r.issuedDate).toBe('2024-01-10');
	});

	it('takes the year from the body when the title has none, not from the issue date', () => {
		const r = parseText('某某镇人民政府\n关于某某镇法治政府建设情况报告\n2024年以来，我镇……现将2024年法治政府建设工作报告如下：\n一、主要举措\n做了工作。\n某某镇人民政府\n2025年1月8日');
		expect(r.reportYear).toBe(2024);
	});
});
