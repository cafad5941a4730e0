/** Page cache keys change exactly when something the page shows changes. */
import { describe, expect, it } from 'vitest';
import type { Law, ReportInsight, SimilarMatch } from '../../src/insight/index.ts';
import { compareListingKey, countyPageKey, followupPageKey, lawPageKey, reportPageKey, townshipPageKey } from '../../src/utils/cache-keys.ts';
import type { CompareItem } from '../../src/utils/compare.ts';
import type { County, Province, Township } from '../../src/utils/regions.ts';
import type { FollowupStep } from '../../src/insight/index.ts';
import type { ReportEntry } from '../../src/utils/library.ts';
import type { Location } from '../../src/utils/locate.ts';

const entry = (id: string, key: string, reportYear = 2023) => ({ id, data: { key, reportYear } }) as unknown as ReportEntry;
const me = entry('a-2023', 'k-a');
const other = entry('b-2023', 'k-b');
const byId = new Map([me, other].map((e) => [e.id, e]));
const place = [{ name: '重庆市', href: '/regions/chongqingshi/' }];
const location = (previous?: ReportEntry): Location => ({ places: place, previous, next: undefined });
const law = (reports: number): Law => ({ id: 'xianfa', key: '宪法', name: '中华人民共和国宪法', kind: 'law', scope: null, spellings: [], citations: [], reports, townships: reports, years: [2023] }) as unknown as Law;
const view = (reports: number, similar: SimilarMatch[] = []): ReportInsight => ({
	citations: [{ reportId: me.id, paragraphId: 'measures-p1', written: '宪法', lawId: 'xianfa', law: law(reports) }],
	figures: [],
	similar,
	share: null,
	follows: null,
	followedBy: null,
});
const match = { reportId: me.id, paragraphId: 'measures-p1', otherReportId: other.id, otherParagraphId: 'measures-p2', similarity: 1, exact: true, sameTownship: false } as unknown as SimilarMatch;

describe('reportPageKey', () => {
	const base = reportPageKey(me, location(), view(3), byId);

	it('is stable, and ignores what the page does not show (how many reports cite a law)', () => {
		expect(reportPageKey(me, location(), view(3), byId)).toBe(base);
		expect(reportPageKey(me, location(), view(40), byId)).toBe(base);
	});

	it('changes with the report, its neighbouring years, its insight, and the other reports it names', () => {
		const keys = [
			reportPageKey(entry(me.id, 'k-a2'), location(), view(3), byId),
			reportPageKey(me, location(entry('a-2022', 'k-old', 2022)), view(3), byId),
			reportPageKey(me, location(), view(3, [match]), byId),
			reportPageKey(me, location(), { ...view(3), citations: [] }, byId),
		];
		for (const key of keys) expect(key).not.toBe(base);
		const similarNow = reportPageKey(me, location(), view(3, [match]), byId);
		const otherChanged = reportPageKey(me, location(), view(3, [match]), new Map([...byId, [other.id, entry(other.id, 'k-b2')]]));
		expect(otherChanged).not.toBe(similarNow);
	});
});

describe('catalogue page keys', () => {
	const township = (name: string, reports: ReportEntry[]): Township => ({ key: name, name, slug: name, path: `/regions/p/c/${name}/`, code: null, reports });
	const tree = (a: ReportEntry[], b: ReportEntry[]) => {
		const county: County = { key: 'c', name: '大足区', label: '大足区', slug: 'c', path: '/regions/p/c/', city: null, townships: [township('万古镇', a), township('邮亭镇', b)] };
		const province: Province = { name: '重庆市', slug: 'p', path: '/regions/p/', counties: [county] };
		return { province, county };
	};
	const { province, county } = tree([me], [other]);
	const changedOther = tree([me], [entry(other.id, 'k-b2')]);
	const added = tree([me, entry('a-2024', 'k-new', 2024)], [other]);

	it('a township page changes with its own reports only; its county with any of its townships', () => {
		const base = townshipPageKey(province, county, county.townships[0]!);
		expect(townshipPageKey(changedOther.province, changedOther.county, changedOther.county.townships[0]!)).toBe(base);
		expect(townshipPageKey(added.province, added.county, added.county.townships[0]!)).not.toBe(base);
		const countyBase = countyPageKey(province, county);
		expect(countyPageKey(tree([me], [other]).province, tree([me], [other]).county)).toBe(countyBase);
		expect(countyPageKey(changedOther.province, changedOther.county)).not.toBe(countyBase);
		expect(countyPageKey(added.province, added.county)).not.toBe(countyBase);
	});

	it('a comparison listing page changes with its cards, page count and filter links, not with other listings', () => {
		const item = (e: ReportEntry) => ({ entry: e, section: { id: 'problems' } }) as unknown as CompareItem;
		const choices = { years: [2023], present: new Set<string | null>(['重庆市']) };
		const key = (list: CompareItem[], total = 1, years = [2023]) => compareListingKey('problems', { year: 2023 }, 1, total, list.length, { ...choices, years }, [province], list);
		const base = key([item(me)]);
		expect(key([item(me)])).toBe(base);
		expect(compareListingKey('plans', { year: 2023 }, 1, 1, 1, choices, [province], [item(me)])).not.toBe(base);
		expect(key([item(entry(me.id, 'k-a2'))])).not.toBe(base);
		expect(key([item(me), item(other)])).not.toBe(base);
		expect(key([item(me)], 2)).not.toBe(base);
		expect(key([item(me)], 1, [2023, 2024])).not.toBe(base);
	});

	it('a law page changes with the law’s counts and its citing reports, a follow-up page with its pairs’ reports', () => {
		const cite = { reportId: me.id, paragraphId: 'measures-p1', written: '宪法', lawId: 'xianfa' } as unknown as Law['citations'][number];
		const base = lawPageKey(law(3), 1, 1, [[cite]], byId);
		expect(lawPageKey(law(3), 1, 1, [[cite]], byId)).toBe(base);
		expect(lawPageKey(law(4), 1, 1, [[cite]], byId)).not.toBe(base);
		expect(lawPageKey(law(3), 1, 1, [[cite]], new Map([[me.id, entry(me.id, 'k-a2')]]))).not.toBe(base);
		const step: FollowupStep = { township: '1', townshipName: '万古镇', fromReportId: other.id, fromYear: 2022, toReportId: me.id, toYear: 2023 };
		const follow = followupPageKey([step], byId);
		expect(followupPageKey([step], byId)).toBe(follow);
		// The page's blocks and links come from its reports' artefacts: a changed report changes the key.
		expect(followupPageKey([step], new Map([...byId, [other.id, entry(other.id, 'k-b2')]]))).not.toBe(follow);
		expect(followupPageKey([step, { ...step, fromReportId: me.id, fromYear: 2023, toYear: 2024 }], byId)).not.toBe(follow);
	});
});
