/** A file that is not a report: says which file, where, why, and what to do. */
export class ReportError extends Error {
	/** File name as given. */
	readonly file: string;
	/** Why it is not a report. */
	readonly reason: string;
	/** 1-based line, where one applies. */
	readonly line: number | undefined;

	constructor(file: string, reason: string, line?: number) {
		super(`${file}${line ? `:${line}` : ''}: ${reason}`);
		this.name = 'ReportError';
		this.file = file;
		this.reason = reason;
		this.line = line;
	}
}

/** Every problem in a folder of reports at once, so one run shows them all. */
export class CorpusError extends Error {
	readonly problems: ReportError[];

	constructor(problems: ReportError[]) {
		super(
			`${problems.length} file(s) could not be published as reports:\n` +
				problems.map((p) => `  - ${p.message}`).join('\n') +
				'\nFix or remove these files, then run the build again.',
		);
		this.name = 'CorpusError';
		this.problems = problems;
	}
}
