/** parseReport: the whole pipeline for one file, bytes in, validated Report out. */
import { createHash } from 'node:crypto';
import { toSections, toParagraphs } from './assemble.ts';
import { decodeReport } from './decode.ts';
import { ReportError } from './errors.ts';
import { reportId } from './ids.ts';
import { rejoinPageBreaks, toLines, type Line } from './lines.ts';
import { readClosing, readHeader } from './metadata.ts';
import { buildOutline } from './outline.ts';
import { typeParts } from './parts.ts';
import { redact } from './redact.ts';
import { resolveRegion } from './region.ts';
import { separateBareNumbers, splitRunOnText } from './shapes.ts';
import { toSimplified } from './simplify.ts';
import { ReportSchema, type Report, type ReportWarning } from './schema.ts';
import { missingParts, plansYearMismatch, redactionWarning } from './warnings.ts';
import { findReportYear } from './year.ts';
import type { Intake } from './intake/index.ts';
import { regionWithSidecar, sidecarFacts, yearWithSidecar } from './intake/facts.ts';
import type { SidecarEntry } from './intake/sources.ts';

export interface ParseOptions {
	/** The file already read by the intake layer (src/report/intake); by default the bytes are decoded as a .txt. */
	intake?: Intake;
	/** What the folder's sources.csv says about this file. */
	sidecar?: SidecarEntry;
}

function redactLines(lines: Line[], warnings: ReportWarning[]): Line[] {
	return lines.map((l) => {
		const { text, redactions } = redact(l.text);
		warnings.push(...redactionWarning(redactions, l.line));
		return { ...l, text };
	});
}

/** A township the dataset does not know is still the issuer's: 某某镇人民政府 → 某某镇. */
function townshipNamedIn(header: string): string | null {
	const m = toSimplified(header).match(/([\u4e00-\u9fff]{1,10}?(?:镇|乡|街道))(?:人民政府|党委|委员会|镇委|乡委|党工委|办事处)/);
	return m ? m[1]!.replace(/^.*[省市区县]/, '') || null : null;
}

export function parseReport(bytes: Uint8Array, file: string, options: ParseOptions = {}): Report {
	const { intake, sidecar } = options;
	const { text: raw, encoding } = intake ? { text: intake.text, encoding: intake.encoding ?? 'binary' } : decodeReport(bytes, file);
	const evidence = intake?.evidence;
	if (!raw.trim()) throw new ReportError(file, 'the file is empty (no text). Remove it or put the report text in it.');
	const warnings: ReportWarning[] = [];
	const lines = separateBareNumbers(redactLines(toLines(splitRunOnText(raw)), warnings));

	const header = readHeader(lines);
	const closing = readClosing(lines, header.bodyStart);
	// Redact again after rejoining: a number may have been cut by a page break.
	const body = redactLines(rejoinPageBreaks(lines.slice(header.bodyStart, closing.start)), warnings);
	const closingLines = lines.slice(closing.start);

	const year = yearWithSidecar(findReportYear(header.title, body, closing.issuedDate), sidecar, evidence, warnings);
	if (year === null) {
		throw new ReportError(
			file,
			'no reporting year found (neither the title, the opening paragraph nor a dated signature names one). Is this a 法治政府建设 annual report? If it is, give its year in the folder\'s sources.csv (year column).',
		);
	}

	const issuers = header.issuers.length > 0 ? header.issuers : [...new Set(closing.signatories)];
	const headerText = [header.title ?? '', ...issuers, ...closing.signatories, ...lines.slice(0, header.bodyStart).map((l) => l.text)].join('\n');
	const bodyText = body.map((l) => l.text).join('\n');
	const { region, warnings: regionWarnings } = regionWithSidecar(
		(extra) => resolveRegion({ header: [extra, headerText].filter(Boolean).join('\n'), body: bodyText }),
		sidecar,
		evidence,
	);
	warnings.push(...regionWarnings);
	if (!region.township) region.township = townshipNamedIn(headerText);
	if (!region.township) {
		throw new ReportError(
			file,
			'no township (镇/乡/街道) found in the title, issuers or text, so the report cannot be placed. Check that the issuing township is named, or give it in the folder\'s sources.csv (township and county columns).',
		);
	}

	const outline = buildOutline(body);
	let sections = toSections(typeParts(outline.parts, year));
	let preamble = outline.preamble;
	if (outline.parts.length === 0) {
		// No headings at all: keep every paragraph in one untyped part rather than drop text.
		warnings.push({ code: 'no-headings', message: '未识别到分部分标题，全文作为“其他”部分显示。' });
		sections = toSections([{ type: 'other', groupHeading: null, block: { number: null, heading: null, rank: 0, line: body[0]?.line ?? 1, paragraphs: body, children: [] } }]);
		preamble = [];
	} else {
		warnings.push(...missingParts(sections));
	}
	warnings.push(...plansYearMismatch(sections, year));

	const title = sidecar?.title ?? header.title ?? lines[0]!.text;
	if (!header.title && !sidecar?.title) warnings.push({ code: 'no-title', message: '未找到报告标题，以首行代替。' });

	return ReportSchema.parse({
		id: reportId(region, year),
		source: {
			file,
			format: intake?.format ?? 'txt',
			sha256: createHash('sha256').update(bytes).digest('hex'),
			encoding,
			bytes: bytes.length,
			url: sidecar?.url ?? null,
			retrieved: sidecar?.retrieved ?? null,
			publishedDate: evidence?.publishedDate ?? null,
			publisher: evidence?.publisher ?? null,
			fromSidecar: sidecarFacts(sidecar),
		},
		title,
		issuers,
		docNumber: header.docNumber,
		signer: header.signer,
		recipients: header.recipients,
		region,
		reportYear: year,
		issuedDate: closing.issuedDate,
		preamble: toParagraphs(preamble, 'preamble'),
		sections,
		closing: toParagraphs(closingLines, 'closing'),
		warnings,
		text: [...lines.slice(0, header.bodyStart), ...body, ...closingLines].map((l) => l.text).join('\n'),
	});
}
