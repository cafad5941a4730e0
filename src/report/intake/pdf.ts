/**
 * .pdf → text with unpdf (PDF.js built for servers, no canvas or worker needed). PDF.js gives
 * positioned runs of text; this file only puts them back into lines and paragraphs:
 * runs on one baseline make a line, a first-line indent, a short line before, a wide gap or
 * a change of type size starts a paragraph, and running headers and page numbers (lines in the top or bottom band
 * that recur on most pages, or read as a page number) are dropped. Pages are then simply
 * concatenated: a paragraph cut by a page break is rejoined by the parser's own
 * `rejoinPageBreaks` (src/report/lines.ts), as for a .txt export.
 */
import { getDocumentProxy } from 'unpdf';
import { ReportError } from '../errors.ts';
import { isChromeLine } from './chrome.ts';
import { NO_EVIDENCE, type IntakeText } from './intake.ts';

interface Run {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

interface PdfLine {
	text: string;
	x: number;
	right: number;
	y: number;
	size: number;
}

/** Share of the page height at top and bottom where running headers and footers sit. */
const BAND = 0.1;

function toLines(runs: Run[]): PdfLine[] {
	const sorted = runs.filter((r) => r.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: PdfLine[] = [];
	for (const r of sorted) {
		const last = lines.at(-1);
		if (last && Math.abs(last.y - r.y) < Math.max(2, r.size * 0.4)) {
			// A wide gap inside one line is a tab or column gap; keep it as one space.
			last.text += r.x - last.right > r.size ? ` ${r.str}` : r.str;
			last.right = Math.max(last.right, r.x + r.width);
		} else lines.push({ text: r.str, x: r.x, right: r.x + r.width, y: r.y, size: r.size });
	}
	return lines.map((l) => ({ ...l, text: l.text.trim() }));
}

/** A line's text with digits folded, so `— 3 —` and `— 4 —` or dated headers compare equal. */
const shape = (text: string) => text.replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');

function isInBand(l: PdfLine, height: number): boolean {
	return l.y > height * (1 - BAND) || l.y < height * BAND;
}

/** Band lines that recur on at least half the pages (and on two or more) are running chrome. */
function runningChrome(pages: { lines: PdfLine[]; height: number }[]): Set<string> {
	const seen = new Map<string, number>();
	for (const p of pages) {
		for (const s of new Set(p.lines.filter((l) => isInBand(l, p.height)).map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
	}
	const min = Math.max(2, Math.ceil(pages.length / 2));
	return new Set([...seen].filter(([, n]) => n >= min).map(([s]) => s));
}

/** A full-width centred line (a long title) that goes on, centred, on the next line. */
function wrapsCentred(prev: PdfLine, l: PdfLine, left: number, right: number): boolean {
	const centred = Math.abs(l.x - left - (right - l.right)) < l.size && l.x - left > l.size;
	const fullWidth = prev.right - prev.x >= (right - left) * 0.95;
	return centred && fullWidth && Math.abs(prev.size - l.size) < 0.5 && !/[。！？；：:]$/.test(prev.text);
}

/** Joins a page's lines into paragraphs: each output string is one paragraph of the page. */
function paragraphs(lines: PdfLine[]): string[] {
	if (lines.length === 0) return [];
	const left = Math.min(...lines.map((l) => l.x));
	const right = Math.max(...lines.map((l) => l.right));
	const out: string[] = [];
	let prev: PdfLine | null = null;
	for (const l of lines) {
		const indented = l.x - left > l.size * 0.8;
		if (prev && wrapsCentred(prev, l, left, right)) {
			out[out.length - 1] += l.text;
			prev = l;
			continue;
		}
		const prevShort = prev !== null && right - prev.right > l.size * 2;
		const gap = prev !== null && prev.y - l.y > Math.max(prev.size, l.size) * 2.2;
		const resized = prev !== null && Math.abs(prev.size - l.size) > 0.5;
		if (prev === null || indented || prevShort || gap || resized) out.push(l.text);
		else out[out.length - 1] += /[A-Za-z0-9]$/.test(out.at(-1)!) && /^[A-Za-z0-9]/.test(l.text) ? ` ${l.text}` : l.text;
		prev = l;
	}
	return out;
}

function refuseUnreadable(file: string, e: unknown): never {
	const name = (e as Error)?.name ?? '';
	if (name === 'PasswordException') {
		throw new ReportError(file, 'is an encrypted PDF that needs a password to open. Ask the publisher for an unprotected copy, or save the report as .docx.');
	}
	throw new ReportError(file, `is not a readable PDF (damaged or truncated: ${(e as Error)?.message ?? String(e)}). Download the original again.`);
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<IntakeText> {
	if (bytes.length === 0) throw new ReportError(file, 'is an empty PDF (0 bytes). Download the original again.');
	const pages: { lines: PdfLine[]; height: number }[] = [];
	try {
		// PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
		const pdf = await getDocumentProxy(bytes.slice(), { isEvalSupported: false, useSystemFonts: false });
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const height = page.getViewport({ scale: 1 }).height;
			const content = await page.getTextContent();
			const runs: Run[] = [];
			for (const item of content.items) {
				if (!('str' in item)) continue;
				const [a, b, , , x, y] = item.transform as number[];
				runs.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) || item.height });
			}
			pages.push({ lines: toLines(runs), height });
			page.cleanup();
		}
		await pdf.destroy();
	} catch (e) {
		refuseUnreadable(file, e);
	}
	const running = runningChrome(pages);
	const text = pages
		.flatMap((p) => paragraphs(p.lines.filter((l) => !(isInBand(l, p.height) && (running.has(shape(l.text)) || isChromeLine(l.text))))))
		.filter((l) => l.trim());
	if (text.join('').replace(/\s/g, '').length === 0) {
		throw new ReportError(
			file,
			`is a PDF with no text layer (${pages.length} page(s) of images, as a scan is). It needs OCR: run it through OCR to a searchable PDF, or supply the .docx or .txt.`,
		);
	}
	return { text: text.join('\n'), encoding: null, evidence: NO_EVIDENCE };
}
