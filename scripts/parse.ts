/**
 * `npm run --silent parse -- <file>...` prints a JSON array with one Report per file.
 * Any file that is not a report makes it exit 1, naming every bad file and why on stderr.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CorpusError, ReportError, parseFiles, type SourceFile } from '../src/report/index.ts';

const paths = process.argv.slice(2);
if (paths.length === 0) {
	console.error('usage: npm run --silent parse -- <report.txt>...');
	process.exit(2);
}

const unreadable: ReportError[] = [];
const files: SourceFile[] = [];
for (const path of paths) {
	try {
		files.push({ file: basename(path), bytes: new Uint8Array(await readFile(path)) });
	} catch (e) {
		unreadable.push(new ReportError(path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}). Check the path.`));
	}
}

const parsed = parseFiles(files);
const reports = parsed.reports;
const problems = [...unreadable, ...parsed.problems];
if (problems.length > 0) {
	console.error(new CorpusError(problems).message);
	process.exit(1);
}
process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
