/** No report is silently truncated: every word of the source reaches the published parts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/index.ts';
import { SEEDS_DIR, parseSeed, sectionText, seedFiles } from './helpers.ts';

/** Letters, digits and Han only: punctuation and numbering style may be normalised. */
const words = (s: string) => s.replace(/\[bookmark:[^\]]*\]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');

function published(r: Report): string {
	const header = r.text.split('\n').slice(0, r.text.split('\n').indexOf(r.preamble[0]?.text ?? r.text.split('\n')[0]!));
	// A heading split into two parts is shown once, numbered, above its first part.
	const sections = r.sections.map((s, i) =>
		s.groupHeading && s.groupHeading !== r.sections[i - 1]?.groupHeading
			? (s.number ?? '') + s.groupHeading + sectionText({ ...s, number: null })
			: sectionText(s),
	);
	return [...header, ...r.preamble.map((p) => p.text), ...sections, ...r.closing.map((p) => p.text)].join('');
}

describe.each(seedFiles())('%s', (file) => {
	const report = parseSeed(file);
	it('publishes every letter and digit of the source (phone digits masked)', () => {
		const source = words(readFileSync(join(SEEDS_DIR, file), 'utf8')).replace(/1[3-9]\d{9}/g, (n) => n.slice(0, 3) + n.slice(7));
		expect(words(published(report))).toBe(source);
		expect(words(report.text)).toBe(source);
	});
});
