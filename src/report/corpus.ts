/**
 * Many files at once: every bad file is reported in one error, and the same township and
 * year twice (or two townships that would share an id) is an error naming both files.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusError, ReportError } from './errors.ts';
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

function placeKey(r: Report): string {
	return `${townshipKey(r)}@${r.reportYear}`;
}

function duplicates(reports: Report[]): ReportError[] {
	const problems: ReportError[] = [];
	const byPlace = new Map<string, Report>();
	const byId = new Map<string, Report>();
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

/** Every `.txt` report in a folder, sorted by file name; throws one CorpusError listing all bad files. */
export async function parseFolder(dir: string): Promise<Report[]> {
	const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
	if (names.length === 0) {
		throw new CorpusError([new ReportError(dir, 'no .txt reports in this folder. Put report files in it or point REPORTS_DIR at one.')]);
	}
	// One file at a time: opening 40,000 at once exceeds the open-file limit (EMFILE), and
	// small sequential reads take about a second for that many.
	const files = names.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
	const { reports, problems } = parseFiles(files);
	if (problems.length > 0) throw new CorpusError(problems);
	return reports;
}
