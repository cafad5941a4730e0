/** Report page cache keys change exactly when something the page shows changes. */
import { describe, expect, it } from 'vitest';
import type { Law, ReportInsight, SimilarMatch } from '../../src/insight/index.ts';
import { reportPageKey } from '../../src/utils/cache-keys.ts';
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
