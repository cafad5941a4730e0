/** The `npm run parse` contract that tools and tests rely on. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.ts';
import { SEEDS_DIR, seedFiles } from './helpers.ts';

const CLI = join(import.meta.dirname, '../../scripts/parse.ts');
const BAD = join(import.meta.dirname, '../fixtures/bad');
const run = (files: string[]) => spawnSync(process.execPath, [CLI, ...files], { encoding: 'utf8' });

describe('npm run parse', () => {
	it('prints one schema-valid Report per file, in order', () => {
		const files = seedFiles().map((f) => join(SEEDS_DIR, f));
		const out = JSON.parse(execFileSync(process.execPath, [CLI, ...files], { encoding: 'utf8' }));
		expect(out).toHaveLength(files.length);
		out.forEach((r: unknown, i: number) => {
			const report = ReportSchema.parse(r);
			expect(report.source.file).toBe(seedFiles()[i]);
			expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
		});
	});

	it('exits non-zero naming every bad file and why, printing nothing on stdout', () => {
		const bad = ['empty.txt', 'whitespace.txt', 'binary.txt', 'no-township.txt', 'no-year.txt'];
		const result = run([join(SEEDS_DIR, seedFiles()[0]!), ...bad.map((f) => join(BAD, f))]);
		expect(result.status).not.toBe(0);
		expect(result.stdout).toBe('');
		for (const f of bad) expect(result.stderr).toContain(f);
		expect(result.stderr).toMatch(/empty/);
		expect(result.stderr).toMatch(/binary|undecodable/);
		expect(result.stderr).toMatch(/township/);
		expect(result.stderr).toMatch(/year/);
	});

	it('rejects the same township and year twice, naming both files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dup-'));
		const seed = seedFiles()[0]!;
		copyFileSync(join(SEEDS_DIR, seed), join(dir, 'copy-of-seed.txt'));
		const result = run([join(SEEDS_DIR, seed), join(dir, 'copy-of-seed.txt')]);
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain(seed);
		expect(result.stderr).toContain('copy-of-seed.txt');
	});
});
