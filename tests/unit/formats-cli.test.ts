/** `npm run generate:formats` writes a mixed folder, and `npm run parse` reads all of it with its sources.csv. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/report/schema.ts';
import { seedFiles } from './helpers.ts';

const SCRIPTS = join(import.meta.dirname, '../../scripts');
const dir = mkdtempSync(join(tmpdir(), 'fazhi-formats-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run parse on a mixed folder', () => {
	it('reads every format, applying sources.csv', () => {
		execFileSync(process.execPath, [join(SCRIPTS, 'generate-formats.ts'), '--out', dir], { encoding: 'utf8' });
		const names = readdirSync(dir).sort();
		expect(names).toContain('sources.csv');
		expect(new Set(names.map((n) => n.split('.').at(-1)))).toEqual(new Set(['csv', 'docx', 'pdf', 'html', 'txt']));
		const out = execFileSync(process.execPath, [join(SCRIPTS, 'parse.ts'), ...names.map((n) => join(dir, n))], { encoding: 'utf8', maxBuffer: 1 << 26 });
		const reports = ReportSchema.array().parse(JSON.parse(out));
		expect(reports).toHaveLength(seedFiles().length);
		for (const r of reports) {
			expect(r.source.format).toBe(r.source.file.split('.').at(-1));
			expect(r.source.url).toBe(`https://www.example.gov.cn/zwgk/${r.source.file.replace(/\.\w+$/, '')}.html`);
			expect(r.source.retrieved).toMatch(/^2024-03-0\d$/);
		}
	});

	it('names a bad sidecar row and a refused file together, printing nothing on stdout', () => {
		writeFileSync(join(dir, 'old.wps'), 'x');
		const csv = join(dir, 'bad', 'sources.csv');
		mkdirSync(join(dir, 'bad'), { recursive: true });
		writeFileSync(csv, 'file,retrieved\nold.wps,2024-13-01\n');
		const result = spawnSync(process.execPath, [join(SCRIPTS, 'parse.ts'), join(dir, 'old.wps'), csv], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/sources\.csv:2: row for old\.wps: retrieved is not a day of the calendar/);
		expect(result.stderr).toMatch(/old\.wps: is a WPS document/);
	});
});
