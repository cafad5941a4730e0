/** Shared by unit tests: the seeds parsed once, and text views of a report for gold checks. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type Report, type Section } from '../../src/report/index.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../../seeds');

export function seedFiles(): string[] {
	return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function parseSeed(file: string): Report {
	return parseReport(new Uint8Array(readFileSync(join(SEEDS_DIR, file))), file);
}

export function parseText(text: string, file = 'test.txt'): Report {
	return parseReport(new TextEncoder().encode(text), file);
}

/** Whitespace-insensitive form, as the gold file compares text. */
export const compact = (s: string) => s.replace(/\s+/g, '');

/** Every published string of a section: headings with numbers, paragraphs, children. */
export function sectionText(s: Section): string {
	const parts: string[] = [s.number ?? '', s.heading ?? '', ...s.paragraphs.map((p) => p.text)];
	for (const c of s.children) {
		parts.push(c.number ?? '', c.heading ?? '', ...c.paragraphs.map((p) => p.text));
		for (const g of c.children) parts.push(g.number ?? '', g.heading ?? '', ...g.paragraphs.map((p) => p.text));
	}
	return parts.join('\n');
}
