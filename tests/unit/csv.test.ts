import { describe, expect, it } from 'vitest';
import { csvField, csvLines } from '../../src/utils/csv.ts';
import { readCsv } from '../fixtures/csv.ts';

describe('csvField', () => {
	it('quotes a field only when it holds a quote, comma or line break, doubling quotes', () => {
		expect(csvField('他说"好"，')).toBe('"他说""好""，"');
		expect(csvField('甲,乙')).toBe('"甲,乙"');
		expect(csvField('一段\r\n二段')).toBe('"一段\r\n二段"');
		expect(csvField('一段\n二段')).toBe('"一段\n二段"');
		expect(csvField('加强领导，落实责任')).toBe('加强领导，落实责任');
		expect(csvField(null)).toBe('');
		expect(csvField(12)).toBe('12');
	});
	it('reads back as written with an independent RFC 4180 reader', () => {
		const rows = [['他说"好"', '甲,乙', '一\r\n二', '', 3, '=1+1', '-x']];
		expect(readCsv([...csvLines(rows)].join(''))).toEqual([['他说"好"', '甲,乙', '一\r\n二', '', '3', "'=1+1", "'-x"]]);
	});
	it('keeps report text that would run as a spreadsheet formula inert', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvField('+1+2')).toBe("'+1+2");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('-cmd')).toBe("'-cmd");
		expect(csvField('-3.5')).toBe('-3.5');
		expect(csvField('一是加强=领导')).toBe('一是加强=领导');
	});
	it('starts with a BOM and ends rows with CRLF', () => {
		expect([...csvLines([['a', 1]])]).toEqual(['\uFEFF', 'a,1\r\n']);
	});
});
