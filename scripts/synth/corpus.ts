/**
 * A deterministic synthetic corpus: N reports over real townships, each township filing for
 * a run of consecutive years in 2019–2025 (so year-over-year views have material).
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
function* townships(rng: Random): Generator<Place> {
	const ids = new Set<string>();
	for (const place of rng.shuffle([...allTownships()])) {
		const id = reportId(place, 2000);
		if (ids.has(id)) continue;
		ids.add(id);
		yield place;
	}
}

export function* generateCorpus(count: number, pool: Pool, seed = 1): Generator<SyntheticFile> {
	const rng = new Random(seed);
	let made = 0;
	for (const place of townships(rng)) {
		const years = rng.int(1, 4);
		const start = rng.int(FIRST_YEAR, LAST_YEAR - years + 1);
		for (let year = start; year < start + years && made < count; year++) {
			const { lines } = composeReport(place, year, pool, rng);
			const encoding = pickEncoding(rng);
			const file = `synthetic_${String(made).padStart(6, '0')}.txt`;
			yield { file, bytes: encode(addNoise(lines, rng), encoding), place, year, encoding };
			made++;
		}
		if (made >= count) return;
	}
}
