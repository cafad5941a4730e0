import { describe, expect, it } from 'vitest';
import { blocksMarkdown } from '../../src/markdown/build.ts';
import { parseFolder } from '../../src/report/index.ts';
import { decodeContent } from '../../src/search/shared/codec.ts';
import { searchChars } from '../../src/search/shared/index.ts';
import { META_KEY, decodeInfo } from '../../src/search/shared/meta.ts';
import { reportEntry } from '../../src/search/node/records.ts';
import { TITLE_ANCHOR, publishedBlocks, searchableBlocks } from '../../src/report/published.ts';

const reports = await parseFolder('seeds');

describe('search units', () => {
	it('are the page blocks, in the page order, after the title block', () => {
		for (const report of reports) {
			const body = searchableBlocks(publishedBlocks(report)).filter((u) => u.anchor !== TITLE_ANCHOR);
			const blocks = blocksMarkdown(publishedBlocks(report)).ids;
			expect(body.map((u) => u.anchor)).toEqual(blocks.filter((id) => body.some((u) => u.anchor === id)));
			expect(body.length).toBeGreaterThan(blocks.length * 0.9);
		}
	});
});

describe('search records', () => {
	it('decode back to exactly the units, with their anchors, parts and original text', () => {
		for (const report of reports) {
			const units = searchableBlocks(publishedBlocks(report));
			const whole = reportEntry(report).record;
			const info = decodeInfo(whole.meta[META_KEY]!);
			const { chars, unitEnds } = decodeContent(whole.content);
			expect(info.u.map((u) => u.a)).toEqual(units.map((u) => u.anchor));
			expect(unitEnds).toHaveLength(units.length);
			let start = 0;
			units.forEach((unit, i) => {
				const text = chars.slice(start, unitEnds[i]);
				expect(text).toEqual(searchChars(unit.text));
				const original = [...text];
				for (const [k, s] of info.u[i]!.x ?? []) original[k] = s;
				expect(original.join('')).toBe(unit.text);
				start = unitEnds[i]!;
			});
		}
	});

	it('say which kind of section each token position is in, as runs ending where a scope changes', () => {
		for (const report of reports) {
			const { record, facts } = reportEntry(report);
			const info = decodeInfo(record.meta[META_KEY]!);
			const { chars, unitEnds } = decodeContent(record.content);
			// The scope of every position, unit by unit, from the record itself.
			const expected: string[] = [];
			unitEnds.forEach((end, i) => expected.push(...Array.from({ length: end - expected.length }, () => info.p[info.u[i]!.p]![1])));
			const fromRuns: string[] = [];
			for (let i = 0; i < facts.runs.length; i += 2) {
				const [scope, end] = [facts.runs[i] as string, facts.runs[i + 1] as number];
				expect(scope).not.toBe(fromRuns.at(-1));
				fromRuns.push(...Array.from({ length: end - fromRuns.length }, () => scope));
			}
			expect(fromRuns).toEqual(expected);
			expect(fromRuns).toHaveLength(chars.length);
			expect(facts.year).toBe(report.reportYear);
			expect(facts.place[0]).toBe(report.region.province ?? '');
		}
	});

	it('meta holds no ASCII letter or digit, so Pagefind cannot match it against tokens', () => {
		for (const report of reports) for (const r of [reportEntry(report).record]) for (const v of Object.values(r.meta)) expect(v).not.toMatch(/[0-9a-z]/i);
	});
});
