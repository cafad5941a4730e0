/** Each report's text.txt and original file, put into dist/ by hard links after the build (src/exports/report-files.ts), and what the artefact store keeps beside each artefact. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDownloads, publishReportFiles, readReportFiles, type ReportFiles } from '../../src/exports/index.ts';
import { insightSource } from '../../src/insight/index.ts';
import { knownBlocks } from '../../src/report/published.ts';
import { preparedCorpus } from './prepared.ts';

// A personal mobile number as the source file holds it (a plain regex, not the parser's).
const MOBILE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/;

let corpus: Awaited<ReturnType<typeof preparedCorpus>>;
let files: ReportFiles[];
const out = mkdtempSync(join(tmpdir(), 'fazhi-report-files-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(async () => {
	corpus = await preparedCorpus(30, 7);
	await prepareDownloads({ summaries: corpus.summaries, store: corpus.store, cacheDir: corpus.cacheDir, folder: corpus.folder, root: resolve('.') });
	files = readReportFiles(corpus.cacheDir, corpus.folder)!;
}, 60_000);

describe('publishReportFiles', () => {
	it('lists every prepared report once', () => {
		expect(files.map((f) => f.id).sort()).toEqual(corpus.summaries.map((s) => s.id).sort());
	});

	it('puts each text.txt and each publishable original at its URL, and withholds originals holding a mobile number', async () => {
		const placed = await publishReportFiles(files, corpus.store, corpus.folder, out);
		let withheld = 0;
		for (const summary of corpus.summaries) {
			const dir = join(out, 'reports', summary.id);
			const text = readFileSync(join(dir, 'text.txt'), 'utf8');
			expect(text.startsWith('\uFEFF'), summary.id).toBe(true);
			expect(text.endsWith('\n'), summary.id).toBe(true);
			const source = readFileSync(join(corpus.folder, summary.source.file));
			const originals = readdirSync(dir).filter((n) => n.startsWith('original.'));
			if (MOBILE.test(source.toString('utf8'))) {
				withheld++;
				expect(originals, summary.id).toEqual([]);
			} else {
				expect(originals, summary.id).toEqual([`original.${summary.source.file.split('.').pop()!.toLowerCase()}`]);
				expect(readFileSync(join(dir, originals[0]!)).equals(source), summary.id).toBe(true);
			}
		}
		expect(withheld, 'the synthetic corpus has reports with a mobile number').toBeGreaterThan(0);
		expect(placed).toBe(2 * corpus.summaries.length - withheld);
	});

	it('links each text (the store never rewrites one in place), copies each original (the reports folder may be edited), and can run again over its own output', async () => {
		const first = files[0]!;
		const to = join(out, 'reports', first.id, 'text.txt');
		expect(statSync(to).ino).toBe(statSync(corpus.store.textPath(first.key)).ino);
		const withOriginal = files.find((f) => f.original)!;
		const original = readdirSync(join(out, 'reports', withOriginal.id)).find((n) => n.startsWith('original.'))!;
		expect(statSync(join(out, 'reports', withOriginal.id, original)).ino).not.toBe(statSync(join(corpus.folder, withOriginal.original!)).ino);
		// Again over its own output: a text for each report and an original where one is listed.
		await expect(publishReportFiles(files, corpus.store, corpus.folder, out)).resolves.toBe(files.length + files.filter((f) => f.original).length);
	});

	it('names the missing file and says what to do when the cache lost a text', async () => {
		const first = files[0]!;
		rmSync(corpus.store.textPath(first.key));
		await expect(publishReportFiles(files, corpus.store, corpus.folder, out)).rejects.toThrow(/text\.txt is missing.*build again/);
	});
});

describe('the artefact store', () => {
	it('keeps each report’s insight source beside its artefact, as the report gives it', () => {
		for (const file of files.slice(0, 5)) {
			const { report, blocks } = corpus.store.read(file.key);
			expect(corpus.store.readInsight(file.key)).toEqual(JSON.parse(JSON.stringify(insightSource(knownBlocks(report, blocks)))));
		}
	});

	it('prunes a report’s text and insight source with its artefact, and keeps those of a kept one', () => {
		const [kept, dropped] = files.slice(1, 3) as [ReportFiles, ReportFiles];
		corpus.store.prune(new Set([kept.key]));
		expect(existsSync(corpus.store.textPath(kept.key))).toBe(true);
		expect(corpus.store.readInsight(kept.key).citing.id).toBe(kept.id);
		expect(existsSync(corpus.store.textPath(dropped.key))).toBe(false);
		expect(() => corpus.store.readInsight(dropped.key)).toThrow(/no entry/);
		expect(corpus.store.readSummary(dropped.key)).toBeNull();
	});
});
