/**
 * Bytes → string. Official `.txt` exports come as UTF-8 (with or without BOM), UTF-16 with
 * BOM, or GB18030/GBK. Node's WHATWG TextDecoder (full ICU) decodes all of them, so no
 * encoding library is needed; detection is BOM first, then strict UTF-8, then GB18030.
 */
import { ReportError } from './errors.ts';

export interface Decoded {
	/** Text with line endings normalised to `\n`, BOM removed. */
	text: string;
	/** Encoding label as detected. */
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

function bom(bytes: Uint8Array): Decoded['encoding'] | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

/** UTF-16 without a BOM still shows itself: ASCII-range text has a zero in every other byte. */
function sniffUtf16(bytes: Uint8Array): Decoded['encoding'] | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.2 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.2 && oddZeros < pairs * 0.05) return 'utf-16be';
	return null;
}

function tryDecode(bytes: Uint8Array, encoding: Decoded['encoding']): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return null;
	}
}

/** Control characters other than tab, newline, carriage return and form feed mean binary. */
function looksBinary(text: string): boolean {
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) controls++;
	}
	return controls > 0 && controls >= Math.max(1, text.length * 0.001);
}

export function decodeReport(bytes: Uint8Array, file: string): Decoded {
	const encoding = bom(bytes) ?? sniffUtf16(bytes);
	const candidates: Decoded['encoding'][] = encoding ? [encoding] : ['utf-8', 'gb18030'];
	for (const candidate of candidates) {
		const text = tryDecode(bytes, candidate);
		if (text === null) continue;
		if (looksBinary(text)) break;
		return { text: text.replace(/\r\n?/g, '\n'), encoding: candidate };
	}
	throw new ReportError(
		file,
		'not a text file in UTF-8, UTF-16 or GB18030 (binary or undecodable bytes). Save the report as plain text (.txt) and try again.',
	);
}
