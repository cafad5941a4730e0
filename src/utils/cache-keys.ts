/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page is copied
 * from the last build when its key and its code are unchanged, so a key must digest
 * everything the page reads besides its code. For a report page: its own artefact (by key),
 * its place and neighbouring years, and its insight panel (laws, figures, similar paragraphs
 * of other reports, follow-up links). For a catalogue page: the places, items and counts it
 * lists, each report by its artefact key. Adding one report then renders again only the
 * listings it appears on (and pages after it in their order), not the other tens of thousands.
 */
import { createHash } from 'node:crypto';
import type { Citation, FollowupStep, Law, ReportInsight } from '../insight/index.ts';
import type { ReportEntry } from './library.ts';
import type { SectionType } from '../report/schema.ts';
import type { Location } from './locate.ts';
import type { CompareFilter, CompareItem, FilterChoices } from './compare.ts';
import type { County, Province, Township } from './regions.ts';

export function digestOf(...parts: unknown[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part ?? null)).update('\0');
	return hash.digest('hex').slice(0, 32);
}

const neighbour = (entry: ReportEntry | undefined) => (entry ? [entry.id, entry.data.reportYear] : null);

/** What a report page shows besides its own text. */
export function reportPageKey(entry: ReportEntry, location: Location, view: ReportInsight | undefined, byId: Map<string, ReportEntry>): string {
	const panel = view && {
		// A law's name, kind and link; the page shows no library-wide counts, so another report citing it changes nothing here.
		citations: view.citations.map((c) => [c.law.id, c.law.name, c.law.kind, c.paragraphId]),
		figures: view.figures,
		similar: view.similar.map((m) => ({ ...m, other: byId.get(m.otherReportId)?.data.key })),
		share: view.share,
		follows: view.follows && [view.follows.township, view.follows.fromYear, view.follows.toYear],
		followedBy: view.followedBy && [view.followedBy.township, view.followedBy.fromYear, view.followedBy.toYear],
	};
	return digestOf(entry.data.key, location.places, neighbour(location.previous), neighbour(location.next), panel);
}

/** Reports by id and artefact key: everything a listing shows of a report follows from its key. */
const reportsKey = (entries: ReportEntry[]) => entries.map((e) => [e.id, e.data.key]);
// What a page shows of a place (not its identity, which src/report/places.ts keys).
const provinceShown = (p: Province) => [p.name, p.path];
const countyShown = (c: County) => [c.name, c.label, c.city, c.path];
const townshipShown = (t: Township) => [t.name, t.code, t.path, reportsKey(t.reports)];

/** A township page: its place and its reports. */
export function townshipPageKey(province: Province, county: County, township: Township): string {
	return digestOf(provinceShown(province), countyShown(county), townshipShown(township));
}

/** A county page: its place and each township's reports (its township × year grid). */
export function countyPageKey(province: Province, county: County): string {
	return digestOf(provinceShown(province), countyShown(county), county.townships.map(townshipShown));
}

/** A page of a comparison listing: its filter and page, the filter links it offers, its cards. */
export function compareListingKey(type: SectionType, filter: CompareFilter, page: number, total: number, count: number, choices: FilterChoices, provinces: Province[], list: CompareItem[]): string {
	const links = [choices.years, [...choices.present].sort(), provinces.map(provinceShown)];
	const cards = list.map((i) => [i.entry.id, i.entry.data.key, i.section.id]);
	return digestOf(type, filter.province && provinceShown(filter.province), filter.year, page, total, count, links, cards);
}

/** A page of a law's citing paragraphs: the law's facts and counts, and its citations with their reports. */
export function lawPageKey(law: Law, page: number, total: number, groups: Citation[][], byId: Map<string, ReportEntry>): string {
	const { citations, ...facts } = law;
	return digestOf(facts, citations.length, page, total, groups, groups.map((g) => byId.get(g[0]!.reportId)?.data.key));
}

/**
 * A township's follow-up page: its steps and the reports they come from, whose artefact keys
 * (source and code) decide the blocks and links the page shows.
 */
export function followupPageKey(steps: FollowupStep[], byId: Map<string, ReportEntry>): string {
	return digestOf(steps, steps.map((p) => [byId.get(p.fromReportId)?.data.key, byId.get(p.toReportId)?.data.key]));
}
