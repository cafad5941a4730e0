/** Every check in the shared gold file (tests/fixtures/seeds.json) against the five seeds. */
import { describe, expect, it } from 'vitest';
import gold from '../fixtures/seeds.json' with { type: 'json' };
import { compact, parseSeed, sectionText } from './helpers.ts';

describe.each(gold.reports)('$file', (expected) => {
	const report = parseSeed(expected.file);

	it('has the expected metadata', () => {
		expect(report.reportYear).toBe(expected.reportYear);
		expect(report.issuedDate).toBe(expected.issuedDate);
		expect(report.docNumber).toBe(expected.docNumber);
		expect(report.signer).toBe(expected.signer);
		expect(report.recipients).toBe(expected.recipients);
		expect(report.issuers).toEqual(expected.issuers);
		// Cleaning drops extraction spaces between CJK and digits, so titles compare without whitespace.
		expect(compact(report.title)).toBe(compact(expected.title));
	});

	it('is placed in the right region', () => {
		const { province, city, county, township } = report.region;
		expect({ province, city, county, township }).toEqual(expected.region);
		expect(report.region.code).toMatch(/^\d{9,12}$/);
	});

	it('has the expected parts in order, with acceptable types', () => {
		// A heading split into two typed parts shares its groupHeading.
		const groups: { heading: string; types: string[] }[] = [];
		let lastGroup: string | null = null;
		for (const s of report.sections) {
			if (s.groupHeading && s.groupHeading === lastGroup) groups.at(-1)!.types.push(s.type);
			else groups.push({ heading: s.groupHeading ?? s.heading ?? '', types: [s.type] });
			lastGroup = s.groupHeading;
		}
		expect(groups.map((g) => compact(g.heading))).toEqual(expected.sections.map((s) => compact(s.heading)));
		expected.sections.forEach((s, i) => {
			const got = groups[i]!.types;
			if (s.types.length > 1 && got.length > 1) expect(got).toEqual(s.types);
			else expect(s.types).toContain(got[0]);
		});
	});

	for (const [type, { include, exclude }] of Object.entries(expected.typedText)) {
		it(`assigns the right text to ${type}`, () => {
			const text = compact(report.sections.filter((s) => s.type === type).map(sectionText).join('\n'));
			for (const s of include) expect(text, `${type} should hold ${s}`).toContain(compact(s));
			for (const s of exclude) expect(text, `${type} should not hold ${s}`).not.toContain(compact(s));
		});
	}

	it('cleans the text (page breaks rejoined, debris and personal data out)', () => {
		const published = JSON.stringify(report);
		for (const s of expected.clean.include) expect(report.text).toContain(s);
		for (const s of expected.clean.exclude) expect(published).not.toContain(s);
	});
});

it('warns where the plans heading names the wrong year (000)', () => {
	const report = parseSeed('000_503008dac59c57ce.txt');
	expect(report.warnings.map((w) => w.code)).toContain('plans-year-mismatch');
	const others = ['001_a9e9c31606d34a22.txt', '003_4b5947e6a3d500ee.txt', '004_520d7f9833027cc3.txt'].map(parseSeed);
	for (const r of others) expect(r.warnings.map((w) => w.code)).not.toContain('plans-year-mismatch');
});

it('records the redaction of the phone number in 002 as a warning, masked', () => {
	const report = parseSeed('002_f3282ba59118200a.txt');
	expect(report.warnings.filter((w) => w.code === 'redacted')).toHaveLength(1);
	expect(report.text).toContain('159****2937');
});

it('gives every seed a readable ASCII id that does not depend on the other reports', async () => {
	const { parseFiles } = await import('../../src/report/index.ts');
	const { readFileSync } = await import('node:fs');
	const { join } = await import('node:path');
	const { SEEDS_DIR, seedFiles } = await import('./helpers.ts');
	const files = seedFiles().map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(SEEDS_DIR, file))) }));
	const together = parseFiles(files).reports.map((r) => r.id);
	const alone = files.map((f) => parseFiles([f]).reports[0]!.id);
	expect(alone).toEqual(together);
	expect(new Set(together).size).toBe(together.length);
	for (const id of together) expect(id).toMatch(/^[a-z]+(-[a-z]+)+-\d{4}$/);
	expect(together).toContain('chongqing-dazu-wanguzhen-2023');
});
