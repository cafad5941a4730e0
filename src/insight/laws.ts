/**
 * Cited laws: every 《…》 title of every paragraph, merged so one law is one entry
 * (《民法典》 = 《中华人民共和国民法典》) while local and internal documents stay apart.
 */
import { slug } from '../report/ids.ts';
import type { Report } from '../report/schema.ts';
import { lawKind, nationalTitle, PRC } from './law-kinds.ts';
import { townshipKey } from '../report/index.ts';
import { reportParagraphs } from './paragraphs.ts';
import type { Citation, Law, LawKind } from './schema.ts';
import { normaliseTitle, titlesIn } from './titles.ts';

/** Merge key and kind of one written title, as cited from a report of `township`. */
export function lawKey(written: string, township: string | null): { key: string; kind: LawKind; scope: string | null } {
	const name = normaliseTitle(written);
	const kind = lawKind(name);
	const bare = name.startsWith(PRC) ? name.slice(PRC.length) : name;
	// A loose name (《重大行政决策程序暂行规定》) merges with the listed proper name.
	const listed = kind === 'administrative-regulation' || kind === 'party-regulation' ? nationalTitle(name) : null;
	if (listed) return { key: listed.name.startsWith(PRC) ? listed.name.slice(PRC.length) : listed.name, kind, scope: null };
	if (kind === 'law' || kind === 'administrative-regulation') return { key: bare, kind, scope: null };
	// 《首问负责制》 of one township is not another township's: scope titles naming no place.
	if (kind === 'internal-document' && township && !/(镇|乡|街道)/.test(name)) {
		return { key: `${township}/${name}`, kind, scope: township };
	}
	return { key: name, kind, scope: null };
}

/** Display name: national laws and listed national documents carry their official title; others the most written form. */
function displayName(key: string, kind: LawKind, spellings: Map<string, number>): string {
	if (kind === 'law') return PRC + key;
	const listed = nationalTitle(key);
	if (listed && listed.kind === kind) return listed.name;
	if (kind === 'administrative-regulation' && spellings.has(PRC + key)) return PRC + key;
	const byUse = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const top = byUse[0]?.[0] ?? key;
	return top;
}

interface Draft {
	key: string;
	kind: LawKind;
	scope: string | null;
	spellings: Map<string, number>;
	citations: Citation[];
	reports: Set<string>;
	townships: Set<string>;
	years: Set<number>;
}

/** What citing needs of a report: its place and year, and its paragraphs as published. */
export interface CitingReport {
	id: string;
	/** Its township's key (townshipKey), or null. */
	township: string | null;
	townshipName: string | null;
	reportYear: number;
	paragraphs: Array<{ id: string; text: string }>;
}

/** A Report as citing reads it. */
export function citingReport(report: Report): CitingReport {
	return {
		id: report.id,
		township: townshipKey(report),
		townshipName: report.region.township,
		reportYear: report.reportYear,
		paragraphs: [...reportParagraphs(report)].map((p) => ({ id: p.paragraphId, text: p.text })),
	};
}

/** Accumulates citations report by report; `laws()` gives the merged entries. */
export class LawCollector {
	private drafts = new Map<string, Draft>();

	add(report: Report | CitingReport): void {
		const { id, township, townshipName, reportYear, paragraphs } = 'sections' in report ? citingReport(report) : report;
		for (const p of paragraphs) {
			const seen = new Set<string>();
			for (const written of titlesIn(p.text)) {
				const { key, kind, scope } = lawKey(written, townshipName);
				const draft = this.draft(key, kind, scope);
				const spelled = normaliseTitle(written);
				draft.spellings.set(spelled, (draft.spellings.get(spelled) ?? 0) + 1);
				if (seen.has(key)) continue;
				seen.add(key);
				draft.citations.push({ reportId: id, paragraphId: p.id, written, lawId: key });
				draft.reports.add(id);
				draft.townships.add(township ?? id);
				draft.years.add(reportYear);
			}
		}
	}

	private draft(key: string, kind: LawKind, scope: string | null): Draft {
		let draft = this.drafts.get(key);
		if (!draft) {
			draft = { key, kind, scope, spellings: new Map(), citations: [], reports: new Set(), townships: new Set(), years: new Set() };
			this.drafts.set(key, draft);
		}
		return draft;
	}

	/** Entries sorted by number of citing reports, then name; ids unique (`-2` on a slug clash). */
	laws(): Law[] {
		const drafts = [...this.drafts.values()].sort((a, b) => a.key.localeCompare(b.key));
		const ids = new Map<string, string>();
		const taken = new Set<string>();
		for (const d of drafts) {
			const base = (d.scope ? slug(d.key.replace('/', ' ')) : slug(d.key)).slice(0, 80) || 'law';
			let id = base;
			for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
			taken.add(id);
			ids.set(d.key, id);
		}
		return drafts
			.map((d): Law => {
				const name = displayName(d.key, d.kind, d.spellings);
				const id = ids.get(d.key)!;
				return {
					id,
					key: d.key,
					name,
					kind: d.kind,
					aliases: [...d.spellings.keys()].filter((s) => s !== name).sort(),
					scope: d.scope,
					citations: d.citations.map((c) => ({ ...c, lawId: id })),
					reports: d.reports.size,
					townships: d.townships.size,
					years: [...d.years].sort((a, b) => a - b),
				};
			})
			.sort((a, b) => b.reports - a.reports || b.citations.length - a.citations.length || a.name.localeCompare(b.name));
	}
}

/** Laws cited by a list of reports. */
export function citedLaws(reports: Iterable<Report>): Law[] {
	const collector = new LawCollector();
	for (const r of reports) collector.add(r);
	return collector.laws();
}
