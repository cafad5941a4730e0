/**
 * Build-stopping errors of the report loader, Astro-style: what went wrong, where
 * (every bad file and why), and what to do.
 */
import { AstroError } from 'astro/errors';
import { townshipKey, type Report } from '../report/index.ts';

export interface FileProblem {
	file: string;
	reason: string;
}

const HINT =
	'Fix or remove the files listed, then build again. To build from another folder, set REPORTS_DIR (relative to the project root or absolute).';

/** One error listing every bad file, from a parser error, or from problems found here. */
export function corpusError(dir: string, cause: unknown): AstroError {
	const problems = Array.isArray(cause) ? (cause as FileProblem[]) : problemsOf(cause);
	const list = problems.map((p) => `  - ${p.file}: ${p.reason}`).join('\n');
	const error = new AstroError(
		`${problems.length} file(s) in ${dir} could not be published as reports:\n${list}`,
		HINT,
	);
	error.name = 'ReportCorpusError';
	return error;
}

export function missingFolderError(dir: string): AstroError {
	return new AstroError(`The reports folder ${dir} does not exist.`, HINT);
}

/** Problems carried by a CorpusError or ReportError from the parser, or the error itself. */
function problemsOf(cause: unknown): FileProblem[] {
	const problems = (cause as { problems?: unknown }).problems;
	if (Array.isArray(problems)) return problems.map((p) => ({ file: p.file ?? '?', reason: p.reason ?? p.message }));
	const single = cause as { file?: string; reason?: string; message?: string };
	if (single.file && single.reason) return [{ file: single.file, reason: single.reason }];
	return [{ file: '(parser)', reason: single.message ?? String(cause) }];
}

/** Two files for the same township and year (same id, or same region and year). */
export function duplicateProblems(reports: Report[]): FileProblem[] {
	const seen = new Map<string, Report[]>();
	for (const report of reports) {
		const keys = [`id:${report.id}`, `township:${townshipKey(report)}/${report.reportYear}`];
		for (const key of new Set(keys)) seen.set(key, [...(seen.get(key) ?? []), report]);
	}
	const problems = new Map<string, FileProblem>();
	for (const group of seen.values()) {
		if (group.length < 2) continue;
		const files = group.map((r) => r.source.file).sort();
		const { province, county, township } = group[0]!.region;
		const where = [province, county, township].filter(Boolean).join('') || group[0]!.id;
		for (const file of files) {
			const others = files.filter((f) => f !== file).join(', ');
			problems.set(file, {
				file,
				reason: `another report for ${where} ${group[0]!.reportYear} (${others}); keep one report per township and year`,
			});
		}
	}
	return [...problems.values()].sort((a, b) => a.file.localeCompare(b.file));
}
