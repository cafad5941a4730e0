/**
 * A deterministic synthetic corpus: N reports over real townships, each township filing for
 * a run of consecutive years in 2019–2025 (so year-over-year views have material). Past about
 * 96,000 reports every township has its run; the archive sizes (100,000 and up, seven years of
 * China) then give townships their other years too, so no size is short of what it asked.
 */
import { reportId } from '../../src/report/ids.ts';
import { addNoise, encode, pickEncoding, type Encoding } from './noise.ts';
import { allTownships, type Place } from './places.ts';
import type { Pool } from './pool.ts';
import { Random } from './random.ts';
import { composeReport } from './report.ts';

export interface SyntheticFile {
	file: string;
	bytes: Uint8Array;
	place: Place;
	year: number;
	encoding: Encoding;
}

const FIRST_YEAR = 2019;
const LAST_YEAR = 2025;

/** Townships in a seeded order, skipping any whose id would collide with one already chosen. */
function* townships(rng: Random, places: readonly Place[]): Generator<Place> {
	const ids = new Set<string>();
	for (const place of rng.shuffle([...places])) {
		const id = reportId(place, 2000);
		if (ids.has(id)) continue;
		ids.add(id);
		yield place;
	}
}

/**
 * `count` reports; `places` defaults to every township in the division data. Throws when the
 * places cannot give that many distinct (township, year) reports.
 */
export function* generateCorpus(count: number, pool: Pool, seed = 1, places: readonly Place[] = allTownships()): Generator<SyntheticFile> {
	const rng = new Random(seed);
	let made = 0;
	const report = (place: Place, year: number): SyntheticFile => {
		const { lines } = composeReport(place, year, pool, rng);
		const encoding = pickEncoding(rng);
		const file = `synthetic_${String(made).padStart(6, '0')}.txt`;
		made++;
		return { file, bytes: encode(addNoise(lines, rng), encoding), place, year, encoding };
	};
	// First pass: each township's run of years. Smaller sizes are a prefix of it, unchanged.
	const runs: Array<{ place: Place; start: number; end: number }> = [];
	for (const place of townships(rng, places)) {
		const years = rng.int(1, 4);
		const start = rng.int(FIRST_YEAR, LAST_YEAR - years + 1);
		runs.push({ place, start, end: start + years });
		for (let year = start; year < start + years && made < count; year++) yield report(place, year);
		if (made >= count) return;
	}
	// Second pass, in the same township order: the years outside each run.
	for (const { place, start, end } of runs) {
		for (let year = FIRST_YEAR; year <= LAST_YEAR && made < count; year++) if (year < start || year >= end) yield report(place, year);
		if (made >= count) return;
	}
	throw new Error(`The synthetic corpus has at most ${made} reports (${runs.length} townships × ${LAST_YEAR - FIRST_YEAR + 1} years), not ${count}.`);
}
