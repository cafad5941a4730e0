/** The parse-once pass through worker threads: every file parsed, and no listener left behind per file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../src/corpus/prepare.ts';
import { generateCorpus } from '../../scripts/synth/corpus.ts';
import { buildPool } from '../../scripts/synth/pool.ts';

const base = mkdtempSync(join(tmpdir(), 'fazhi-workers-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('prepareCorpus with worker threads', () => {
	it('parses every file, and leaves no listener behind per file (Node warns past ten on one worker)', async () => {
		const folder = join(base, 'reports');
		mkdirSync(folder);
		const files = [...generateCorpus(40, buildPool('seeds'), 11)];
		for (const f of files) writeFileSync(join(folder, f.file), f.bytes);
		const warnings: string[] = [];
		const onWarning = (w: Error) => warnings.push(w.name);
		process.on('warning', onWarning);
		try {
			const prepared = await prepareCorpus({ folder, cacheDir: join(base, 'cache'), root: resolve('.'), workers: 2 });
			await new Promise((done) => setTimeout(done, 50));
			expect(prepared.summaries.length + prepared.problems.length).toBe(files.length);
		} finally {
			process.off('warning', onWarning);
		}
		expect(warnings.filter((n) => n === 'MaxListenersExceededWarning')).toEqual([]);
	});
});
