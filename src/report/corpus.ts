/**
 * Many files at once: every bad file is reported in one error, and the same township and
 * year twice (or two townships that would share an id) is an error naming both files.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusError, ReportError } from './errors.ts';
import { isIgnoredName, readPublished, SIDECAR_FILE } from './intake/index.ts';
import { readSidecar, type SidecarEntry } from './intake/sources.ts';
import { parseReport } from './parse.ts';
import { townshipKey } from './places.ts';
import type { Report } from './schema.ts';

export interface SourceFile {
	/** Name used in messages and in `source.file`. */
	file: string;
	bytes: Uint8Array;
}

export interface ParsedCorpus {
	reports: Report[];
	problems: ReportError[];
}

/** What the duplicate check reads of a report (a Report or its summary). */
type Placed = Pick<Report, 'id' | 'region' | 'reportYear' | 'source'>;

function placeKey(r: Placed): string {
	return `${townshipKey(r)}@${r.reportYear}`;
}

/** The same township and year twice, or two reports sharing an id: an error for each later file. */
export function duplicates(reports: Placed[]): ReportError[] {
	const problems: ReportError[] = [];
	const byPlace = new Map<string, Placed>();
	const byId = new Map<string, Placed>();
	for (const r of reports) {
		const samePlace = byPlace.get(placeKey(r));
		const sameId = byId.get(r.id);
		const other = samePlace ?? sameId;
		if (other) {
			const what = samePlace
				? `the same township and year as ${other.source.file} (${r.region.township}, ${r.reportYear})`
				: `the same report id "${r.id}" as ${other.source.file}`;
			problems.push(new ReportError(r.source.file, `${what}. Keep one of the two files.`));
			continue;
		}
		byPlace.set(placeKey(r), r);
		byId.set(r.id, r);
	}
	return problems;
}

/** Parses every file; never throws for a bad file, so callers can show all problems at once. */
export function parseFiles(files: SourceFile[]): ParsedCorpus {
	const reports: Report[] = [];
	const problems: ReportError[] = [];
	for (const { file, bytes } of files) {
		try {
			reports.push(parseReport(bytes, file));
		} catch (e) {
			problems.push(e instanceof ReportError ? e : new ReportError(file, `could not be parsed: ${(e as Error).message}`));
		}
	}
	problems.push(...duplicates(reports));
	const bad = new Set(problems.map((p) => p.file));
	return { reports: reports.filter((r) => !bad.has(r.source.file)), problems };
}

/** One file of any format, read and parsed (a per-file cache calls this); throws a ReportError for a bad file. */
export async function parsePublished(bytes: Uint8Array, file: string, sidecar?: SidecarEntry): Promise<Report> {
	return parseReport(bytes, file, { intake: await readPublished(bytes, file), sidecar });
}

export interface SourcesOptions {
	/** Bytes of the folder's sources.csv, when it has one. */
	sidecar?: Uint8Array;
}

/**
 * Files of any format (.txt, .docx, .pdf, .html), with the facts of an optional sources.csv;
 * never throws for a bad file or a bad sidecar row, so callers can show all problems at once.
 */
export async function parseSources(files: SourceFile[], options: SourcesOptions = {}): Promise<ParsedCorpus> {
	const problems: ReportError[] = [];
	const sidecar = options.sidecar ? readSidecar(options.sidecar, new Set(files.map((f) => f.file))) : null;
	if (sidecar) problems.push(...sidecar.problems);
	const reports: Report[] = [];
	for (const { file, bytes } of files) {
		try {
			reports.push(await parsePublished(bytes, file, sidecar?.entries.get(file)));
		} catch (e) {
			problems.push(e instanceof ReportError ? e : new ReportError(file, `could not be parsed: ${(e as Error).message}`));
		}
	}
	problems.push(...duplicates(reports));
	const bad = new Set(problems.map((p) => p.file));
	return { reports: reports.filter((r) => !bad.has(r.source.file)), problems };
}

/** The report files of a folder and its sources.csv, as the folder parsers read them. */
export interface ReportFolder {
	/** Report files (every file but hidden ones and the sidecar), sorted by name; other formats are refused when parsed. */
	names: string[];
	/** Bytes of the folder's sources.csv, when it has one. */
	sidecar?: Uint8Array;
}

/** Lists a folder's report files and reads its sources.csv; throws when it holds no report. */
export async function reportFolder(dir: string): Promise<ReportFolder> {
	const all = await readdir(dir, { withFileTypes: true });
	const names = all.filter((e) => e.isFile() && !isIgnoredName(e.name)).map((e) => e.name).sort();
	const sidecarName = all.find((e) => e.isFile() && e.name.toLowerCase() === SIDECAR_FILE)?.name;
	if (names.length === 0) {
		throw new CorpusError([new ReportError(dir, 'no reports in this folder (.txt, .docx, .pdf or .html). Put report files in it or point REPORTS_DIR at one.')]);
	}
	return { names, sidecar: sidecarName ? new Uint8Array(readFileSync(join(dir, sidecarName))) : undefined };
}

/**
 * Every report in a folder (.txt, .docx, .pdf, .html/.htm; any other file is refused by name),
 * sorted by file name, with the folder's sources.csv applied; throws one CorpusError listing
 * every bad file and every bad sidecar row.
 */
export async function parseFolder(dir: string): Promise<Report[]> {
	const { names, sidecar } = await reportFolder(dir);
	// One file at a time: opening 40,000 at once exceeds the open-file limit (EMFILE), and
	// small sequential reads take about a second for that many.
	const files = names.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
	const { reports, problems } = await parseSources(files, { sidecar });
	if (problems.length > 0) throw new CorpusError(problems);
	return reports;
}
