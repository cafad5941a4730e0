/** Files that are not readable reports are each refused with the file's name and what to do; good files in the same folder still parse. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorpusError, parseFolder, parseSources, type SourceFile } from '../../src/report/index.ts';
import { toDocx, toHtml, toPdf } from '../../scripts/lib/render-formats.ts';
import { parseSeed, seedFiles, SEEDS_DIR } from './helpers.ts';

const SEED = seedFiles()[0]!;
const seedText = readFileSync(join(SEEDS_DIR, SEED), 'utf8');

/** Each bad file with the words its refusal must contain. */
const bad: { file: string; bytes: () => Promise<Uint8Array> | Uint8Array; reason: RegExp }[] = [
	{ file: 'scan.pdf', bytes: () => toPdf(seedText, { scan: true }), reason: /no text layer.*needs OCR/ },
	{ file: 'locked.pdf', bytes: () => toPdf(seedText, { userPassword: 'secret' }), reason: /encrypted PDF.*password/ },
	{ file: 'cut.pdf', bytes: async () => (await toPdf(seedText)).slice(0, 900), reason: /not a readable PDF|no text layer/ },
	{ file: 'cut.docx', bytes: async () => (await toDocx(seedText)).slice(0, 2000), reason: /not a complete \.docx.*save it as \.docx/ },
	{ file: 'empty.docx', bytes: () => new Uint8Array(0), reason: /empty \.docx/ },
	{ file: 'blank.docx', bytes: async () => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] }))), reason: /\.docx with no text/ },
	{ file: 'list.html', bytes: () => toHtml(seedText, { noReport: true }), reason: /web page with no report in it/ },
	{ file: 'old.doc', bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), reason: /legacy Word \.doc.*save it as \.docx/ },
	{ file: 'renamed.docx', bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), reason: /legacy Word \.doc renamed.*save it as \.docx/ },
	{ file: 'wps.wps', bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), reason: /WPS document.*save it as \.docx/ },
	{ file: 'sheet.xlsx', bytes: () => new Uint8Array([0x50, 0x4b, 3, 4]), reason: /format that is not read \(\.xlsx\).*\.docx, \.pdf/ },
	{ file: 'fake.pdf', bytes: () => new TextEncoder().encode('not a pdf at all'), reason: /is not a PDF/ },
];

let files: SourceFile[];
beforeAll(async () => {
	files = [];
	for (const b of bad) files.push({ file: b.file, bytes: await b.bytes() });
});

describe('bad inputs', () => {
	for (const b of bad) {
		it(`refuses ${b.file}, naming it and the reason`, async () => {
			const { reports, problems } = await parseSources(files.filter((f) => f.file === b.file));
			expect(reports).toEqual([]);
			expect(problems).toHaveLength(1);
			expect(problems[0]!.file).toBe(b.file);
			expect(problems[0]!.message.startsWith(`${b.file}: `)).toBe(true);
			expect(problems[0]!.reason).toMatch(b.reason);
			// A reason, not a stack trace.
			expect(problems[0]!.message).not.toMatch(/\n\s+at /);
		});
	}

	describe('in one folder with good reports', () => {
		let dir: string;
		beforeAll(async () => {
			dir = mkdtempSync(join(tmpdir(), 'fazhi-bad-formats-'));
			for (const f of files) writeFileSync(join(dir, f.file), f.bytes);
			writeFileSync(join(dir, 'good.docx'), await toDocx(seedText));
			writeFileSync(join(dir, 'good.txt'), readFileSync(join(SEEDS_DIR, seedFiles()[1]!)));
			writeFileSync(join(dir, '.DS_Store'), 'ignored');
		});
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		it('lists every bad file at once and loses no good report', async () => {
			const error = await parseFolder(dir).then(
				() => null,
				(e: unknown) => e,
			);
			expect(error).toBeInstanceOf(CorpusError);
			const named = (error as CorpusError).problems.map((p) => p.file).sort();
			expect(named).toEqual(bad.map((b) => b.file).sort());
			const all = await parseSources([...files, { file: 'good.docx', bytes: await toDocx(seedText) }]);
			expect(all.reports.map((r) => r.id)).toEqual([parseSeed(SEED).id]);
		});
	});
});
