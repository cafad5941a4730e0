import { describe, expect, it } from 'vitest';
import { blocksMarkdown } from '../../src/markdown/build.ts';
import { publishedBlocks } from '../../src/report/published.ts';
import { parseFolder } from '../../src/report/index.ts';
import { decodeContent, searchChars } from '../../src/search/codec.ts';
import { META_KEY, decodeInfo } from '../../src/search/meta.ts';
import { reportRecord, scopeRecords } from '../../src/search/records.ts';
import { TITLE_ANCHOR, reportUnits } from '../../src/search/units.ts';

const reports = await parseFolder('seeds');

describe('search units', () => {
	it('are the page blocks, in the page order, after the title block', () => {
		for (const report of reports) {
			const body = reportUnits(report).filter((u) => u.anchor !== TITLE_ANCHOR);
			const blocks = blocksMarkdown(publishedBlocks(report)).ids;
			expect(body.map((u) => u.anchor)).toEqual(blocks.filter((id) => body.some((u) => u.anchor === id)));
			expect(body.length).toBeGreaterThan(blocks.length * 0.9);
		}
	});
});

describe('search records', () => {
	it('decode back to exactly the units, with their anchors, parts and original text', () => {
		for (const report of reports) {
			const units = reportUnits(report);
			const whole = reportRecord(report);
			const scoped = scopeRecords(report);
			// The whole-report index needs no scope filter: it holds nothing else.
			expect(whole.filters.scope).toBeUndefined();
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
			// One record per scope present, together holding every unit once.
			expect(scoped.map((r) => r.filters.scope![0]).sort()).toEqual([...new Set(units.map((u) => u.scope))].sort());
			expect(scoped.reduce((n, r) => n + decodeContent(r.content).chars.length, 0)).toBe(chars.length);
			expect(new Set([whole, ...scoped].map((r) => r.url)).size).toBe(scoped.length + 1);
		}
	});

	it('meta holds no ASCII letter or digit, so Pagefind cannot match it against tokens', () => {
		for (const report of reports) for (const r of [reportRecord(report), ...scopeRecords(report)]) for (const v of Object.values(r.meta)) expect(v).not.toMatch(/[0-9a-z]/i);
	});
});
