/**
 * Year over year: for each township with reports of several years, last year's `plans` beside
 * this year's `measures` and `problems`, so a reader can see whether plans became work.
 * Each plan block is also linked to the measures block sharing most wording with it: a reading
 * aid, not a verdict, so the score is shown and weak overlaps are left unlinked.
 */
import { townshipKey, type Report, type SectionType } from '../report/index.ts';
import { publishedBlocks } from '../report/published.ts';
import type { FollowBlock, FollowupPair, FollowupStep } from './schema.ts';
import { normaliseText } from './shingles.ts';

/** Least bigram Jaccard for a plan to be linked to a measure; below it reads as unrelated. */
export const LINK_THRESHOLD = 0.12;

/**
 * A part as blocks: its own paragraphs (if any), then one block per second-level heading, with
 * the paragraphs below it. Read from the published blocks, so headings and text are exactly
 * what the report page shows and the anchors are its anchors.
 */
export function blocksOf(report: Report, type: SectionType): FollowBlock[] {
	const units = new Map<string, FollowBlock>();
	const divided = new Set<string>();
	for (const b of publishedBlocks(report)) {
		const at = b.scope === type ? b.path.indexOf(b.part) : -1;
		// Other parts, and a group heading (it sits above the parts it holds).
		if (at < 0) continue;
		const sub = b.path[at + 1];
		if (sub) divided.add(b.part);
		const id = sub ?? b.part;
		const unit = units.get(id) ?? { id, heading: null, paragraphs: [] };
		units.set(id, unit);
		if (b.kind === 'heading' && b.anchor === id) unit.heading = b.text;
		else if (b.kind === 'paragraph') unit.paragraphs.push({ id: b.anchor, text: b.text });
	}
	// A part divided into subsections stands as its own block only when it has text of its own.
	return [...units.values()].filter((u) => u.paragraphs.length > 0 || !divided.has(u.id));
}

/** Character bigrams as numbers (two UTF-16 units), cheaper than two-character strings. */
function bigrams(block: FollowBlock): Set<number> {
	const s = normaliseText([block.heading ?? '', ...block.paragraphs.map((p) => p.text)].join(''));
	const set = new Set<number>();
	for (let i = 0; i + 1 < s.length; i++) set.add(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
	return set;
}

function overlap(a: Set<number>, b: Set<number>): number {
	let common = 0;
	for (const x of a) if (b.has(x)) common++;
	const union = a.size + b.size - common;
	return union ? common / union : 0;
}

function links(plans: FollowBlock[], measures: FollowBlock[]): FollowupPair['links'] {
	const measureGrams = measures.map(bigrams);
	return plans.map((plan) => {
		const grams = bigrams(plan);
		let best: { measure: string | null; score: number } = { measure: null, score: 0 };
		measureGrams.forEach((m, i) => {
			const score = overlap(grams, m);
			if (score > best.score) best = { measure: measures[i]!.id, score };
		});
		const score = Math.round(best.score * 1000) / 1000;
		return { plan: plan.id, measure: best.score >= LINK_THRESHOLD ? best.measure : null, score };
	});
}

/** Which report of which township and year: all that pairing reports reads of them. */
export interface FollowPlace {
	id: string;
	township: string | null;
	townshipName: string | null;
	reportYear: number;
}

/** What follow-up reads of a report: its place, year and the three parts it pairs. */
export interface FollowSource extends FollowPlace {
	plans: FollowBlock[];
	measures: FollowBlock[];
	problems: FollowBlock[];
}

/** A report's follow-up input, so a corpus pass can keep just this much of each report. */
export function followSource(r: Report): FollowSource {
	return {
		id: r.id,
		township: townshipKey(r),
		townshipName: r.region.township,
		reportYear: r.reportYear,
		plans: blocksOf(r, 'plans'),
		measures: blocksOf(r, 'measures'),
		problems: blocksOf(r, 'problems'),
	};
}

/** Each report after its township's first, with that township's nearest earlier report: townships in key order, years ascending. */
function consecutive<T extends FollowPlace>(reports: Iterable<T>): Array<{ from: T; to: T; step: FollowupStep }> {
	const byTownship = new Map<string, T[]>();
	for (const r of reports) if (r.township) byTownship.set(r.township, [...(byTownship.get(r.township) ?? []), r]);
	const out: Array<{ from: T; to: T; step: FollowupStep }> = [];
	for (const [township, list] of [...byTownship].sort((a, b) => a[0].localeCompare(b[0]))) {
		const years = list.sort((a, b) => a.reportYear - b.reportYear);
		for (let i = 1; i < years.length; i++) {
			const from = years[i - 1]!;
			const to = years[i]!;
			const step = { township, townshipName: to.townshipName!, fromReportId: from.id, fromYear: from.reportYear, toReportId: to.id, toYear: to.reportYear };
			out.push({ from, to, step });
		}
	}
	return out;
}

/**
 * The library's follow-up steps, from each report's place and year alone: a catalogue of
 * hundreds of thousands of reports keeps these, not the parts' text, which the township's
 * page reads for its own reports (`followups`).
 */
export function followupSteps(reports: Iterable<FollowPlace>): FollowupStep[] {
	return consecutive(reports).map(({ step }) => step);
}

/** Each report paired with the same township's nearest earlier report, with the blocks compared. */
export function followups(reports: Iterable<Report | FollowSource>): FollowupPair[] {
	const sources = [...reports].map((item) => ('sections' in item ? followSource(item) : item));
	return consecutive(sources).map(({ from, to, step }) => ({
		...step,
		plans: from.plans,
		measures: to.measures,
		problems: to.problems,
		links: links(from.plans, to.measures),
	}));
}
