/** Real townships with their county, city, province and code, from the parser's division table. */
import data from '../../src/report/data/divisions.json' with { type: 'json' };

export interface Place {
	province: string;
	/** Prefecture-level city, null under a municipality. */
	city: string | null;
	county: string;
	township: string;
	/** 9-digit township code. */
	code: string;
}

interface DivisionsFile {
	provinces: Record<string, string>;
	cities: Record<string, string>;
	counties: Record<string, string>;
}

let cache: Place[] | null = null;

/** Every township in the table, in code order. */
export function allTownships(): Place[] {
	if (cache) return cache;
	const { provinces, cities, counties } = data as DivisionsFile;
	cache = Object.entries(counties).flatMap(([code, packed]) => {
		const [county, ...townships] = packed.split('|');
		const province = provinces[code.slice(0, 2)]!;
		const city = cities[code.slice(0, 4)] ?? null;
		// 东莞市-like stand-ins (code ends 00) are cities without counties: no county name to write.
		if (code.endsWith('00')) return [];
		return townships.map((t) => ({ province, city, county: county!, township: t.slice(3), code: code + t.slice(0, 3) }));
	});
	return cache;
}
