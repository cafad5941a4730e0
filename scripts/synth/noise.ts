/**
 * What extraction does to a report on its way to `.txt`: blank lines between paragraphs,
 * paragraphs cut by page breaks, bookmark debris, spaces around digits, odd encodings.
 */
import iconv from 'iconv-lite';
import type { Random } from './random.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom';

/** Cut a long paragraph where a page ends: not at a sentence end, not before a number or bracket. */
function pageBreak(line: string, rng: Random): string {
	if (line.length < 40) return line;
	for (let tries = 0; tries < 5; tries++) {
		const at = rng.int(20, line.length - 5);
		if (/[。！？；：]/.test(line[at - 1]!) || /[0-9（(【《“]/.test(line[at]!)) continue;
		return `${line.slice(0, at)}\n\n${line.slice(at)}`;
	}
	return line;
}

export function addNoise(lines: string[], rng: Random): string {
	const blank = rng.chance(0.7);
	const spaced = rng.chance(0.3);
	const out = lines.map((l, i) => {
		let line = l;
		if (i > 4 && rng.chance(0.15)) line = pageBreak(line, rng);
		if (rng.chance(0.02)) line = `[bookmark: _GoBack]${line}`;
		if (spaced) line = line.replace(/(\d+)(?=[年个名件次])/g, ' $1 ');
		return rng.chance(0.1) ? `\u3000\u3000${line}` : line;
	});
	return `${out.join(blank ? '\n\n' : '\n')}\n`;
}

export function pickEncoding(rng: Random): Encoding {
	const r = rng.next();
	return r < 0.7 ? 'utf-8' : r < 0.8 ? 'utf-8-bom' : r < 0.95 ? 'gb18030' : 'utf-16le-bom';
}

export function encode(text: string, encoding: Encoding): Uint8Array {
	if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
	if (encoding === 'utf-16le-bom') return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
	const utf8 = new TextEncoder().encode(text);
	return encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
}
