/**
 * Material for synthetic reports: the seeds' real paragraphs and subsections by part type,
 * with each seed's own place names and years noted so they can be swapped for the target's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type Report, type SectionType } from '../../src/report/index.ts';

export interface Block {
	heading: string | null;
	paragraphs: string[];
	/** Where it came from, for name and year substitution. */
	origin: Origin;
}

export type NameKind = 'township' | 'county' | 'city' | 'province';

export interface Origin {
	/** The seed's names for itself, full and short (万古镇, 万古), with what each names. */
	names: [string, NameKind][];
	year: number;
}

export type Pool = Record<Exclude<SectionType, 'other'>, Block[]>;

/** Names a seed uses for itself: township, county, and their short forms. */
function originOf(r: Report): Origin {
	const names: [string, NameKind][] = [];
	for (const kind of ['township', 'county', 'city', 'province'] as const) {
		const name = r.region[kind];
		if (!name) continue;
		names.push([name, kind]);
		const short = name.replace(/(镇|乡|街道|区|县|市|省)$/, '');
		if (short.length >= 2) names.push([short, kind]);
	}
	return { names, year: r.reportYear };
}

export function buildPool(seedsDir: string): Pool {
	const pool: Pool = { measures: [], leaderDuties: [], problems: [], plans: [] };
	for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
		const report = parseReport(new Uint8Array(readFileSync(join(seedsDir, file))), file);
		const origin = originOf(report);
		for (const s of report.sections) {
			if (s.type === 'other') continue;
			if (s.paragraphs.length > 0) pool[s.type].push({ heading: null, paragraphs: s.paragraphs.map((p) => p.text), origin });
			for (const c of s.children) {
				const paragraphs = [...c.paragraphs, ...c.children.flatMap((g) => [{ text: `${g.number ?? ''}${g.heading ?? ''}。` }, ...g.paragraphs])];
				pool[s.type].push({ heading: c.heading, paragraphs: paragraphs.map((p) => p.text), origin });
			}
		}
	}
	return pool;
}
