/**
 * `npm run --silent parse -- <file>...` prints a JSON array with one Report per file, read
 * from .txt, .docx, .pdf or .html/.htm. A `sources.csv` among the files is applied to the
 * others as their sidecar. Any file that is not a report makes it exit 1, naming every bad
 * file (and sidecar row) and why on stderr.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CorpusError, ReportError, SIDECAR_FILE, parseSources, type SourceFile } from '../src/report/index.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
	console.error('usage: npm run --silent parse -- <report.txt|.docx|.pdf|.html>... [sources.csv]');
	process.exit(2);
}

const unreadable: ReportError[] = [];
const files: SourceFile[] = [];
let sidecar: Uint8Array | undefined;
for (const path of paths) {
	try {
		const bytes = new Uint8Array(await readFile(path));
		if (basename(path).toLowerCase() === SIDECAR_FILE) sidecar = bytes;
		else files.push({ file: basename(path), bytes });
	} catch (e) {
		unreadable.push(new ReportError(path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}). Check the path.`));
	}
}

const parsed = await parseSources(files, { sidecar });
const reports = parsed.reports;
const problems = [...unreadable, ...parsed.problems];
if (problems.length > 0) {
	console.error(new CorpusError(problems).message);
	process.exit(1);
}
process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
