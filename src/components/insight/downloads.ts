/**
 * The insight as downloads under /data/ (served by src/pages/data/[file].ts): figures and
 * similar paragraphs a year at a time, laws for the whole library, JSON gzip-compressed, and
 * every file cut into volumes (src/exports/volumes.ts) so none reaches 50 MB however many
 * reports a year holds. /data/insight-files.json lists them for scripts and tests.
 */
import { createHash } from 'node:crypto';
import { planVolumes, volumeName } from '../../exports/volumes.ts';
import type { CopyShare, Figure, SimilarMatch } from '../../insight/index.ts';
import { csvLines, csvRow } from '../../utils/csv.ts';
import { jsonArray } from '../../utils/stream.ts';
import { getInsight, type SiteInsight } from './insight.ts';

export const INSIGHT_DATASETS = {
	laws: { base: 'laws', ext: 'json', gzip: true, byYear: false, what: '报告引用的法律法规和文件，及引用它们的段落', schema: 'laws.schema.json' },
	figures: { base: 'figures', ext: 'json', gzip: true, byYear: true, what: '报告正文中的数字及其所属指标', schema: 'figures.schema.json' },
	'figures-csv': { base: 'figures', ext: 'csv', gzip: true, byYear: true, what: '报告正文中的数字：每个数字一行', schema: null },
	'figures-table': { base: 'figures-table', ext: 'csv', gzip: false, byYear: true, what: '各报告的常见指标数字：每个归入指标的数字一行（可直接用 Excel 打开）', schema: null },
	similar: { base: 'similar', ext: 'json', gzip: true, byYear: true, what: '与其他报告重复或高度相似的段落，及每份报告的重复比例', schema: 'similar.schema.json' },
} as const;

export type InsightDataset = keyof typeof INSIGHT_DATASETS;

export interface InsightDownload {
	/** File name under /data/ (`similar-2023.json.gz`, `figures-table-2023-2.csv`). */
	name: string;
	dataset: InsightDataset;
	/** Year of the reports its items belong to; null for the whole library (laws). */
	year: number | null;
	gzip: boolean;
	/** Items it holds: laws, figures, or matches and shares. */
	items: number;
}

interface Planned extends InsightDownload {
	/** The file's text, piece by piece (compressed by the endpoint when `gzip`). */
	body(): Iterable<string>;
	/** Digest of what the file holds (its items' text), its cache key: an unchanged file is kept from the last build. */
	key: string;
}

const FIGURE_COLUMNS = ['report_id', 'province', 'county', 'township', 'year', 'paragraph_id', 'indicator', 'value', 'value_max', 'unit', 'approx', 'counts', 'raw', 'doubt', 'sentence'];
const TABLE_COLUMNS = ['report_id', 'province', 'county', 'township', 'year', 'indicator', 'indicator_label', 'value', 'value_max', 'unit', 'approx', 'doubt', 'sentence', 'paragraph_id'];

type Similar = { match: SimilarMatch } | { share: CopyShare };

let planned: Promise<Planned[]> | undefined;

/** Every insight download with what it holds, planned once per build. */
export function insightDownloads(): Promise<Planned[]> {
	planned ??= getInsight().then(plan);
	return planned;
}

function plan(insight: SiteInsight): Planned[] {
	const yearOf = (reportId: string) => insight.reportById.get(reportId)!.data.reportYear;
	const region = (reportId: string) => insight.reportById.get(reportId)!.data.region;
	const label = new Map(insight.indicators.map((i) => [i.id, i.label]));
	const figureRow = (f: Figure) => {
		const { province, county, township } = region(f.reportId);
		return [f.reportId, province, county, township, yearOf(f.reportId), f.paragraphId, f.indicator, f.value, f.valueMax, f.unit, f.approx.join(''), f.counts, f.raw, f.doubt, f.sentence];
	};
	const tableRow = (f: Figure) => {
		const { province, county, township } = region(f.reportId);
		return [f.reportId, province, county, township, yearOf(f.reportId), f.indicator, label.get(f.indicator!) ?? null, f.value, f.valueMax, f.unit, f.approx.join(''), f.doubt, f.sentence, f.paragraphId];
	};
	const similar: Similar[] = [...insight.similar.map((match) => ({ match })), ...insight.shares.map((share) => ({ share }))];
	const similarOf = (s: Similar) => ('match' in s ? s.match.reportId : s.share.reportId);

	// What a file holds besides its items: the indicator list heads each figures file.
	const context = JSON.stringify(insight.indicators);
	return [
		...volumes('laws', [null], insight.laws, () => null, (l) => JSON.stringify(l), (laws) => jsonArray(laws)),
		...volumes('figures', null, insight.figures, (f) => yearOf(f.reportId), (f) => JSON.stringify(f), function* (figures) {
			yield `{"indicators":${JSON.stringify(insight.indicators)},"figures":`;
			yield* jsonArray(figures);
			yield '}';
		}, context),
		...volumes('figures-csv', null, insight.figures, (f) => yearOf(f.reportId), (f) => csvRow(figureRow(f)), (figures) => csvLines([FIGURE_COLUMNS, ...figures.map(figureRow)])),
		...volumes('figures-table', null, insight.figures.filter((f) => f.indicator), (f) => yearOf(f.reportId), (f) => csvRow(tableRow(f)), (figures) => csvLines([TABLE_COLUMNS, ...figures.map(tableRow)])),
		...volumes('similar', null, similar, (s) => yearOf(similarOf(s)), (s) => JSON.stringify('match' in s ? s.match : s.share), function* (items) {
			yield '{"matches":';
			yield* jsonArray(items.flatMap((s) => ('match' in s ? [s.match] : [])));
			yield ',"shares":';
			yield* jsonArray(items.flatMap((s) => ('share' in s ? [s.share] : [])));
			yield '}';
		}),
	];
}

/**
 * One dataset's files: its items grouped by year (in the library's order within a year), each
 * year cut into volumes by the size of its items' text. `years` null: every year holding items.
 */
function volumes<T>(dataset: InsightDataset, years: Array<number | null> | null, items: T[], yearOf: (item: T) => number | null, text: (item: T) => string, body: (items: T[]) => Iterable<string>, context = ''): Planned[] {
	const { base, ext, gzip } = INSIGHT_DATASETS[dataset];
	const byYear = new Map<number | null, T[]>((years ?? []).map((y) => [y, []]));
	for (const item of items) {
		const year = yearOf(item);
		(byYear.get(year) ?? byYear.set(year, []).get(year)!).push(item);
	}
	const files: Planned[] = [];
	for (const [year, mine] of [...byYear].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
		const name = year === null ? base : `${base}-${year}`;
		const texts = mine.map(text);
		for (const [n, [start, end]] of planVolumes(texts.map((t) => Buffer.byteLength(t))).entries()) {
			const slice = () => mine.slice(start, end);
			const file = volumeName(name, n + 1, `${ext}${gzip ? '.gz' : ''}`);
			const hash = createHash('sha256').update(file).update('\0').update(context);
			for (let i = start; i < end; i++) hash.update('\0').update(texts[i]!);
			files.push({ name: file, dataset, year, gzip, items: end - start, body: () => body(slice()), key: hash.digest('hex').slice(0, 32) });
		}
	}
	return files;
}
