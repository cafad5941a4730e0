/** Published files in: bytes of a .txt, .docx, .pdf or .html → plain text and what the page said. */
import { decodeReport } from '../decode.ts';
import type { SourceFormat } from '../schema.ts';
import { detectFormat } from './formats.ts';
import { NO_EVIDENCE, type IntakeText } from './intake.ts';

export { detectFormat, isIgnoredName, SIDECAR_FILE } from './formats.ts';
export { isChromeLine } from './chrome.ts';
export type { IntakeText, PortalEvidence } from './intake.ts';

export interface Intake extends IntakeText {
	format: SourceFormat;
}

/**
 * Reads one file of any supported format; throws a ReportError naming the file and what to do.
 * Each format's library is loaded on first use: a folder of .txt never loads PDF.js (1.6 MB of code).
 */
export async function readPublished(bytes: Uint8Array, file: string): Promise<Intake> {
	const format = detectFormat(file, bytes);
	if (format === 'docx') return { format, ...(await (await import('./docx.ts')).readDocx(bytes, file)) };
	if (format === 'pdf') return { format, ...(await (await import('./pdf.ts')).readPdf(bytes, file)) };
	if (format === 'html') return { format, ...(await import('./html.ts')).readHtml(bytes, file) };
	const { text, encoding } = decodeReport(bytes, file);
	return { format, text, encoding, evidence: NO_EVIDENCE };
}
