import { describe, expect, it } from 'vitest';
import { csvField, csvLines } from '../../src/utils/csv.ts';

describe('csvField', () => {
	it('quotes and doubles quotes', () => {
		expect(csvField('他说"好"，')).toBe('"他说""好""，"');
		expect(csvField(null)).toBe('""');
		expect(csvField(12)).toBe('"12"');
	});
	it('keeps report text that would run as a spreadsheet formula inert', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvField('+1+2')).toBe('"\'+1+2"');
		expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
		expect(csvField('-cmd')).toBe('"\'-cmd"');
		expect(csvField('-3.5')).toBe('"-3.5"');
		expect(csvField('一是加强=领导')).toBe('"一是加强=领导"');
	});
	it('starts with a BOM and ends rows with CRLF', () => {
		expect([...csvLines([['a', 1]])]).toEqual(['\uFEFF', '"a","1"\r\n']);
	});
});
