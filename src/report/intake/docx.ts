/**
 * .docx → text with mammoth: it reads the document body paragraph by paragraph (tables cell
 * by cell) and leaves out page headers, footers and their page-number fields, which are
 * exactly the chrome a printed report adds.
 */
import mammoth from 'mammoth';
import { ReportError } from '../errors.ts';
import { dropChrome } from './chrome.ts';
import { NO_EVIDENCE, type IntakeText } from './intake.ts';

export async function readDocx(bytes: Uint8Array, file: string): Promise<IntakeText> {
	if (bytes.length === 0) throw new ReportError(file, 'is an empty .docx (0 bytes). Save the report from Word or WPS again.');
	let raw: string;
	try {
		raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
	} catch (e) {
		throw new ReportError(
			file,
			`is not a complete .docx (truncated or damaged: ${(e as Error).message.split('\n')[0]}). Download it again, or open it in Word or WPS and save it as .docx.`,
		);
	}
	const lines = dropChrome(raw.split(/\n+/).map((l) => l.trim()).filter(Boolean));
	if (lines.length === 0) throw new ReportError(file, 'is a .docx with no text in it. Check that it is the report and not an empty template or a scanned image.');
	return { text: lines.join('\n'), encoding: null, evidence: NO_EVIDENCE };
}
