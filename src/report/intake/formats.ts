/**
 * Which format a file is, from its name and its first bytes, and the clear refusal for the
 * formats the library does not read (.doc, .wps, anything else).
 */
import { extname } from 'node:path';
import { ReportError } from '../errors.ts';
import type { SourceFormat } from '../schema.ts';

/** File name endings read, and the format each is. */
const EXTENSIONS: Record<string, SourceFormat> = { '.txt': 'txt', '.docx': 'docx', '.pdf': 'pdf', '.html': 'html', '.htm': 'html' };

/** The sidecar of provenance and facts (see sources.ts); never a report. */
export const SIDECAR_FILE = 'sources.csv';

const WHAT_TO_USE = 'Save the report as .docx, .pdf (with a text layer), .html or .txt';

/** Formats people do send, each with what to do about it. */
const REFUSED: Record<string, string> = {
	'.doc': `is a legacy Word .doc, which is not read. Open it in Word or WPS and save it as .docx ("另存为 Word 文档 (*.docx)"), then try again.`,
	'.wps': `is a WPS document (.wps), which is not read. Open it in WPS and save it as .docx, then try again.`,
	'.ofd': `is an OFD document, which is not read. ${WHAT_TO_USE}.`,
	'.rtf': `is an RTF document, which is not read. ${WHAT_TO_USE}.`,
};

/** True for names a folder scan passes over in silence (hidden files, the sidecar itself). */
export function isIgnoredName(file: string): boolean {
	const base = file.split(/[\\/]/).at(-1)!;
	return base.startsWith('.') || base.toLowerCase() === SIDECAR_FILE;
}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .doc/.wps compound file

/** The format to read `file` as; throws a ReportError saying what to do for anything else. */
export function detectFormat(file: string, bytes: Uint8Array): SourceFormat {
	const ext = extname(file).toLowerCase();
	const refused = REFUSED[ext];
	if (refused) throw new ReportError(file, refused);
	const format = EXTENSIONS[ext];
	if (!format) throw new ReportError(file, `has a format that is not read (${ext || 'no file name ending'}). ${WHAT_TO_USE}, then try again.`);
	if (format === 'docx' && startsWith(bytes, OLE)) throw new ReportError(file, 'is a legacy Word .doc renamed to .docx. Open it in Word or WPS and save it as .docx, then try again.');
	if (format === 'docx' && bytes.length > 0 && !startsWith(bytes, ZIP)) {
		throw new ReportError(file, 'is not a .docx (a .docx is a zip package; this file is not one). Open it in Word or WPS and save it as .docx again.');
	}
	if (format === 'pdf' && bytes.length > 0 && !startsWith(bytes, PDF)) {
		throw new ReportError(file, 'is not a PDF (it does not start with %PDF). Download the original PDF again, or save the report as .docx.');
	}
	return format;
}
