/**
 * The title block of an official report: issuers, document number, signer, title,
 * recipients; and, from the end, the sign-off with the issue date.
 */
import { readDateLine } from './dates.ts';
import { isClosingLine, type Line } from './lines.ts';
import { leadingOrgs, orgsInLine } from './orgs.ts';
import { readMarker } from './markers.ts';
import { toSimplified } from './simplify.ts';

export interface Header {
	title: string | null;
	issuers: string[];
	docNumber: string | null;
	signer: string | null;
	recipients: string | null;
	/** Index of the first body line in the line list. */
	bodyStart: number;
}

const DOC_NUMBER_RE = /^([\u4e00-\u9fff]{1,12})\s*[〔［\[【(（]\s*(\d{4})\s*[〕］\]】)）]\s*(\d{1,4})\s*号$/;
const SIGNER_RE = /^签发人[：:]\s*(.+)$/;
/** How far into the file a title may start. */
const HEADER_WINDOW = 12;

function isTitleLine(written: string): boolean {
	const text = toSimplified(written);
	return /报告$|报告[（(]|汇报$/.test(text) && text.length <= 90 && !/如下|[。：]$/.test(text);
}

/** The title may wrap: 关于2023年法治政府 / 建设情况的报告. */
function findTitle(lines: Line[]): { start: number; end: number } | null {
	const window = Math.min(lines.length, HEADER_WINDOW);
	for (let i = 0; i < window; i++) {
		if (readMarker(lines[i]!.text)) return null;
		if (isTitleLine(lines[i]!.text)) return { start: i, end: i };
		if (/^关于/.test(lines[i]!.text)) {
			for (let j = i + 1; j < Math.min(i + 3, lines.length); j++) {
				if (isTitleLine(lines.slice(i, j + 1).map((l) => l.text).join(''))) return { start: i, end: j };
			}
		}
	}
	return null;
}

export function readHeader(lines: Line[]): Header {
	const found = findTitle(lines);
	const header: Header = { title: null, issuers: [], docNumber: null, signer: null, recipients: null, bodyStart: 0 };
	if (!found) return header;
	header.title = lines.slice(found.start, found.end + 1).map((l) => l.text).join('');
	for (const { text } of lines.slice(0, found.start)) {
		const doc = toSimplified(text).match(DOC_NUMBER_RE);
		const signer = toSimplified(text).match(SIGNER_RE) && text.match(/[：:]\s*(.+)$/);
		if (doc) header.docNumber = `${doc[1]}〔${doc[2]}〕${doc[3]}号`;
		else if (signer) header.signer = signer[1]!.replace(/\s+/g, '');
		else header.issuers.push(...orgsInLine(text));
	}
	header.issuers.push(...leadingOrgs(header.title));
	header.issuers = [...new Set(header.issuers)];
	header.bodyStart = found.end + 1;
	const next = lines[header.bodyStart];
	if (next && /[：:]$/.test(next.text) && next.text.length <= 30 && !/如下/.test(toSimplified(next.text))) {
		header.recipients = next.text.slice(0, -1);
		header.bodyStart++;
	}
	return header;
}

export interface Closing {
	/** Index of the first closing line. */
	start: number;
	issuedDate: string | null;
	/** Organs that signed, in order. */
	signatories: string[];
}

/** Walks back from the end over sign-off, signature, date and contact lines. */
export function readClosing(lines: Line[], bodyStart: number): Closing {
	let start = lines.length;
	while (start > bodyStart && isClosingLine(lines[start - 1]!.text)) start--;
	const closing = lines.slice(start);
	const dates = closing.map((l) => readDateLine(l.text)).filter((d): d is string => d !== null);
	return { start, issuedDate: dates.at(-1) ?? null, signatories: closing.flatMap((l) => orgsInLine(l.text)) };
}
