/** The synthetic corpus: deterministic, in the seeds' shapes, and parsed back to what it was made from. */
import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../src/report/index.ts';
import { generateCorpus } from '../../scripts/synth/corpus.ts';
import { allTownships } from '../../scripts/synth/places.ts';
import { buildPool } from '../../scripts/synth/pool.ts';
import { SEEDS_DIR } from './helpers.ts';

const pool = buildPool(SEEDS_DIR);
const files = [...generateCorpus(80, pool, 3)];

describe('generateCorpus', () => {
	it('is deterministic for a seed and differs across seeds', () => {
		const again = [...generateCorpus(80, pool, 3)];
		expect(again.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(files.map((f) => Buffer.from(f.bytes).toString('base64')));
		const other = [...generateCorpus(80, pool, 4)];
		expect(other.map((f) => f.place.code)).not.toEqual(files.map((f) => f.place.code));
	});

	it('mixes encodings and gives some townships several years', () => {
		expect(new Set(files.map((f) => f.encoding)).size).toBeGreaterThanOrEqual(3);
		const years = new Map<string, number>();
		for (const f of files) years.set(f.place.code, (years.get(f.place.code) ?? 0) + 1);
		expect([...years.values()].some((n) => n > 1)).toBe(true);
		expect(new Set(files.map((f) => f.year)).size).toBeGreaterThanOrEqual(4);
	});

	it('parses back to the place, year and four parts it was made from', () => {
		const { reports, problems } = parseFiles(files);
		expect(problems).toEqual([]);
		const byFile = new Map(reports.map((r) => [r.source.file, r]));
		for (const f of files) {
			const r = byFile.get(f.file)!;
			expect(r.region.code, f.file).toBe(f.place.code);
			expect(r.reportYear, f.file).toBe(f.year);
			expect(new Set(r.sections.map((s) => s.type)), f.file).toEqual(new Set(['measures', 'leaderDuties', 'problems', 'plans']));
			expect(JSON.stringify({ ...r, source: null })).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
		}
	});

	it('gives townships their other years once each has its run, never a report twice, and says when it runs out', () => {
		const places = allTownships().slice(0, 6);
		const seven = [...generateCorpus(6 * 7, pool, 3, places)];
		const pairs = seven.map((f) => `${f.place.code}/${f.year}`);
		expect(new Set(pairs).size).toBe(42);
		expect(new Set(seven.map((f) => f.place.code)).size).toBe(6);
		// Smaller sizes are a prefix: the committed bench sizes keep their corpus.
		const fewer = [...generateCorpus(5, pool, 3, places)];
		expect(fewer.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(seven.slice(0, 5).map((f) => Buffer.from(f.bytes).toString('base64')));
		expect(() => [...generateCorpus(43, pool, 3, places)]).toThrow(/at most 42 reports/);
	});
});
