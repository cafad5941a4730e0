import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../src/report/decode.ts';
import { ReportError } from '../../src/report/errors.ts';

const TEXT = '关于2023年法治政府建设情况的报告\r\n一、主要举措\r第二行';
const NORMALISED = '关于2023年法治政府建设情况的报告\n一、主要举措\n第二行';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
	const view = new DataView(out.buffer);
	if (bom) view.setUint16(0, 0xfeff, littleEndian);
	for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
	return out;
}

// GB18030 bytes of 中文报告 (hand-checked against the GB18030 code table).
const GB_BYTES = [0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb8, 0xe6];

describe('decodeReport', () => {
	it('reads UTF-8 with and without BOM, normalising CRLF and CR', () => {
		const plain = new TextEncoder().encode(TEXT);
		expect(decodeReport(plain, 'a.txt')).toEqual({ text: NORMALISED, encoding: 'utf-8' });
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
		expect(decodeReport(withBom, 'a.txt')).toEqual({ text: NORMALISED, encoding: 'utf-8' });
	});

	it('reads UTF-16 LE and BE with BOM, and LE without one', () => {
		expect(decodeReport(utf16(TEXT, true, true), 'a.txt')).toEqual({ text: NORMALISED, encoding: 'utf-16le' });
		expect(decodeReport(utf16(TEXT, false, true), 'a.txt')).toEqual({ text: NORMALISED, encoding: 'utf-16be' });
		const ascii = 'Report 2023 annual text for testing without BOM';
		expect(decodeReport(utf16(ascii, true, false), 'a.txt')).toEqual({ text: ascii, encoding: 'utf-16le' });
	});

	it('falls back to GB18030 when the bytes are not UTF-8', () => {
		expect(decodeReport(new Uint8Array(GB_BYTES), 'gbk.txt')).toEqual({ text: '中文报告', encoding: 'gb18030' });
	});

	it('rejects binary input, naming the file', () => {
		const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		expect(() => decodeReport(binary, 'image.png')).toThrow(ReportError);
		expect(() => decodeReport(binary, 'image.png')).toThrow(/image\.png/);
	});
});
