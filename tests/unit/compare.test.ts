/** Compare cards list a part's outline, so a card's size does not grow with its report. */
import { describe, expect, it } from 'vitest';
import { publishedBlocks } from '../../src/report/published.ts';
import type { Report, Section } from '../../src/report/schema.ts';
import { firstLine, partOutline, reportListing, ReportListingSchema, summarizeReport } from '../../src/report/summary.ts';
import { compact, parseSeed, seedFiles } from './helpers.ts';

const long = (seed: string, n: number) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

/** A part of about 2 MB: 200 subsections with long headings, each with long paragraphs. */
function hugeSection(): Section {
	return {
		id: 'problems',
		type: 'problems',
		number: '三、',
		heading: long('存在的问题和不足', 500),
		groupHeading: null,
		paragraphs: [{ id: 'problems-p1', text: long('总体看，问题仍然突出', 3000) }],
		children: Array.from({ length: 200 }, (_, i) => ({
			id: `problems-s${i + 1}`,
			number: `（${i + 1}）`,
			heading: i % 2 ? long('法治意识有待增强', 300) : null,
			paragraphs: Array.from({ length: 5 }, (_, j) => ({ id: `problems-s${i + 1}-p${j + 1}`, text: long('干部学法用法不够深入', 2000) })),
			children: [],
		})),
	};
}

/** The outline of one part of a report made of `sections`, as the summary keeps it. */
const outlineOf = (section: Section, sections: Section[] = [section]) =>
	partOutline(publishedBlocks({ title: '报告', issuers: [], docNumber: null, signer: null, recipients: null, preamble: [], closing: [], sections } as unknown as Report), section.id);

describe('compare outline', () => {
	it('holds at most a few hundred characters however long the part is', () => {
		const outline = outlineOf(hugeSection());
		const shown = outline.lines.map((l) => l.text).join('');
		expect(shown.length).toBeLessThanOrEqual(500);
		expect(outline.lines.length).toBeGreaterThan(0);
		// Nothing is dropped silently: what is not listed is counted.
		expect(outline.lines.length + outline.more).toBe(201);
	});

	it('lists each block of a seed part in reading order by the start of its own text, linked by its anchor', () => {
		for (const file of seedFiles()) {
			const report = parseSeed(file);
			for (const section of report.sections) {
				const blocks = new Map<string, string>();
				for (const p of section.paragraphs) blocks.set(p.id, p.text);
				for (const sub of section.children) blocks.set(sub.id, `${sub.number ?? ''}${sub.heading ?? sub.paragraphs[0]?.text ?? ''}`);
				const { lines, more } = outlineOf(section, report.sections);
				expect(lines.map((l) => l.anchor), file).toEqual([...blocks.keys()].slice(0, lines.length));
				expect(lines.length + more, file).toBe(blocks.size);
				for (const line of lines) expect(compact(blocks.get(line.anchor)!).startsWith(compact(line.text.replace(/…$/, ''))), `${file} ${line.anchor}: ${line.text}`).toBe(true);
			}
		}
	});
});

describe('firstLine', () => {
	it('stops at the first sentence end', () => {
		expect(firstLine('一是加强组织领导。二是完善制度；三是强化监督。')).toBe('一是加强组织领导。');
		expect(firstLine('存在问题；后文')).toBe('存在问题；');
	});

	it('cuts a long sentence with an ellipsis', () => {
		const cut = firstLine(long('推进严格规范公正文明执法', 100), 20);
		expect(cut).toBe(`${long('推进严格规范公正文明执法', 19)}…`);
	});
});

describe('reportListing', () => {
	it('keeps every fact of a seed’s summary but its provenance and its parts’ outlines and subheadings', () => {
		for (const file of seedFiles()) {
			const report = parseSeed(file);
			const summary = summarizeReport(report, publishedBlocks(report), 'key');
			const listing = ReportListingSchema.strict().parse(reportListing(summary));
			expect(Object.keys(listing).sort(), file).toEqual(Object.keys(summary).filter((k) => k !== 'source').sort());
			expect(listing.parts.map((p) => Object.keys(p).sort())).toEqual(summary.parts.map((p) => Object.keys(p).filter((k) => k !== 'outline' && k !== 'subheadings').sort()));
			const { source: _s, parts, ...facts } = summary;
			expect(listing).toEqual({ ...facts, parts: parts.map(({ outline: _o, subheadings: _h, ...part }) => part) });
			expect(JSON.stringify(listing).length, file).toBeLessThan(JSON.stringify(summary).length);
		}
	});
});
