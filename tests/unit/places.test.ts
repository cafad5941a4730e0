/**
 * Places are division codes: the township key, ids, labels and the region tree keep
 * namesakes apart (tests/fixtures/places/clashes.ts: each kind of clash, from the table).
 */
import type { CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countyLabel, parseFiles, parseFolder, townshipKey, townshipLabel, type Report } from '../../src/report/index.ts';
import { reportId } from '../../src/report/ids.ts';
import { buildRegions } from '../../src/utils/regions.ts';
import { clashCorpus, type ClashPlace } from '../fixtures/places/clashes.ts';

const files = clashCorpus();
const parsed = parseFiles(files);
const placeOf = new Map(files.map((f) => [f.file, f.place]));
const reportsAt = (p: ClashPlace) => parsed.reports.filter((r) => placeOf.get(r.source.file)!.code === p.code);
const places = [...new Map(files.map((f) => [f.place.code, f.place])).values()];

const table: { provinces: Record<string, string>; cities: Record<string, string>; counties: Record<string, string> } = JSON.parse(
	readFileSync('src/report/data/divisions.json', 'utf8'),
);

describe('the clash corpus', () => {
	it('parses without a problem, each report to the place it was written for', () => {
		expect(parsed.problems.map((p) => p.message)).toEqual([]);
		expect(parsed.reports).toHaveLength(files.length);
		for (const r of parsed.reports) expect(r.region.code, r.source.file).toBe(placeOf.get(r.source.file)!.code);
		expect(new Set(places.map((p) => p.kind)).size).toBe(4);
	});
});

describe('townshipKey', () => {
	it('is one per township: the same across its years, different for every namesake', () => {
		for (const p of places) expect(new Set(reportsAt(p).map(townshipKey)), p.code).toEqual(new Set([p.code]));
		expect(new Set(parsed.reports.map(townshipKey)).size).toBe(places.length);
	});

	it('falls back to the id without its year when the table has no code for the township', () => {
		const r = parsed.reports[0]!;
		const uncoded: Report = { ...r, region: { ...r.region, code: r.region.code!.slice(0, 6) } };
		expect(townshipKey(uncoded)).toBe(r.id.replace(/-\d{4}$/, ''));
		expect(townshipKey({ ...uncoded, id: uncoded.id.replace(/\d{4}$/, '2030') })).toBe(townshipKey(uncoded));
	});

	it('lets two same-named townships report for one year, and still refuses one township twice', () => {
		const chengguan = files.filter((f) => f.place.kind === 'township-in-two-counties' && f.year === 2023);
		expect(chengguan).toHaveLength(2);
		expect(parseFiles(chengguan).problems).toEqual([]);
		const twice = parseFiles([chengguan[0]!, { ...chengguan[0]!, file: 'copy.txt' }]);
		expect(twice.problems.map((p) => p.file)).toEqual(['copy.txt']);
	});
});

describe('report ids', () => {
	it('differ for same-named townships under same-named counties of one province, and stay the same across years', () => {
		const ids = new Set(parsed.reports.map((r) => r.id));
		expect(ids.size).toBe(parsed.reports.length);
		for (const p of places) expect(new Set(reportsAt(p).map((r) => r.id.replace(/-\d{4}$/, ''))).size, p.code).toBe(1);
	});

	it('are unchanged for the seeds (they are URLs)', async () => {
		expect((await parseFolder('seeds')).map((r) => r.id).sort()).toEqual(
			['chongqing-dazu-wanguzhen-2023', 'chongqing-dazu-youtingzhen-2024', 'chongqing-yubei-xinglongzhen-2021', 'chongqing-yunyang-gulingzhen-2023', 'fujian-yongan-gongchuanzhen-2023'].sort(),
		);
	});

	it('are distinct for every township of provinces with namesakes and look-alike names', () => {
		// 四川 (two 市中区 with a 白马镇 each), 内蒙古 and 福建 (清河镇 / 庆和镇-like pairs in one county), 广东 (东莞市).
		const ids = new Map<string, string>();
		for (const [county, packed] of Object.entries(table.counties)) {
			if (!['51', '15', '35', '44'].includes(county.slice(0, 2))) continue;
			const [name, ...townships] = packed.split('|');
			for (const t of townships) {
				const code = county + t.slice(0, 3);
				const region = {
					province: table.provinces[county.slice(0, 2)]!,
					city: table.cities[county.slice(0, 4)] ?? null,
					county: county.endsWith('00') ? null : name!,
					township: t.slice(3),
					code,
				};
				const id = reportId(region, 2023);
				expect(ids.get(id), `${code} and ${ids.get(id)} share ${id}`).toBeUndefined();
				ids.set(id, code);
			}
		}
		expect(ids.size).toBeGreaterThan(5_000);
	}, 60_000);
});

describe('labels', () => {
	it('add the parent where another division of China has the name, and only there', () => {
		const byCode = new Map(parsed.reports.map((r) => [r.region.code!, r.region]));
		for (const p of places) {
			const region = byCode.get(p.code)!;
			const countyNamesakes = Object.values(table.counties).filter((c) => c.split('|')[0] === (p.county || p.city)).length;
			const label = countyLabel(region)!;
			if (countyNamesakes > 1) expect(label, p.code).toBe(`${p.county}（${p.city ?? p.province}）`);
			else expect(label, p.code).toBe(p.county || p.city);
			const townshipNamesakes = Object.values(table.counties).flatMap((c) => c.split('|').slice(1)).filter((t) => t.slice(3) === p.township).length;
			const township = townshipLabel(region)!;
			if (townshipNamesakes > 1) {
				expect(township.startsWith(`${p.township}（`), township).toBe(true);
				expect(township, p.code).toContain(p.county || p.city!);
			} else expect(township).toBe(p.township);
		}
		expect(countyLabel({ province: '北京市', city: null, county: '朝阳区', township: null, code: '110105' })).toBe('朝阳区（北京市）');
	});
});

describe('region tree', () => {
	const entries = parsed.reports.map((r) => ({ id: r.id, collection: 'reports', data: r }) as unknown as CollectionEntry<'reports'>);
	const tree = buildRegions(entries);
	const counties = tree.provinces.flatMap((p) => p.counties.map((c) => ({ province: p, county: c })));

	it('has one county per county code of the corpus and one township per township code, each under its own parents', () => {
		expect(counties).toHaveLength(new Set(places.map((p) => p.countyCode)).size);
		const townships = counties.flatMap(({ province, county }) => county.townships.map((t) => ({ province, county, township: t })));
		expect(townships).toHaveLength(places.length);
		for (const p of places) {
			const found = townships.filter((t) => t.township.reports.every((r) => r.data.region.code === p.code));
			expect(found, p.code).toHaveLength(1);
			const { province, county, township } = found[0]!;
			expect(province.name).toBe(p.province);
			expect(county.name).toBe(p.county || p.city);
			expect(county.city ?? null).toBe(p.county ? p.city : null);
			expect(township.name).toBe(p.township);
			expect(township.reports.map((r) => r.data.reportYear)).toEqual([2022, 2023]);
		}
	});

	it('gives namesake counties distinct paths and labels that name their city', () => {
		const shizhong = counties.filter(({ county }) => county.name === '市中区');
		expect(shizhong.length).toBeGreaterThanOrEqual(4);
		expect(new Set(shizhong.map(({ county }) => county.path)).size).toBe(shizhong.length);
		for (const { county } of shizhong) expect(county.label).toBe(`市中区（${county.city}）`);
		expect(new Set(counties.map(({ county }) => county.path)).size).toBe(counties.length);
	});
});
