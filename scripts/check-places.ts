/**
 * `node scripts/check-places.ts --corpus DIR --dist DIR [--count N --seed S]`
 * Checks a built site against the synthetic corpus it was built from (`npm run generate`):
 * every county and township of the input has its own region page, under the right
 * province, city and county, listing exactly its own reports, and the home page counts them.
 * The input's places are known by generating the corpus again (it is deterministic); the
 * files in DIR must be those bytes. The pages are read as text. Exits 1 listing every mismatch.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './synth/corpus.ts';
import type { Place } from './synth/places.ts';
import { buildPool } from './synth/pool.ts';

const { values } = parseArgs({
	options: { corpus: { type: 'string' }, dist: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.corpus || !values.dist) {
	console.error('usage: node scripts/check-places.ts --corpus DIR --dist DIR [--count N] [--seed S]');
	process.exit(2);
}
const { corpus, dist } = values as { corpus: string; dist: string };
const count = Number(values.count ?? readdirSync(corpus).filter((f) => f.startsWith('synthetic_')).length);
const problems: string[] = [];

// The input: file → place, checked against the files on disk.
const input = new Map<string, { place: Place; year: number }>();
for (const f of generateCorpus(count, buildPool(join(import.meta.dirname, '../seeds')), Number(values.seed))) {
	const path = join(corpus, f.file);
	if (!existsSync(path) || !Buffer.from(f.bytes).equals(readFileSync(path))) problems.push(`${f.file}: not the file generateCorpus(${count}, seed ${values.seed}) makes; pass the --count and --seed it was generated with`);
	input.set(f.file, { place: f.place, year: f.year });
}
if (problems.length > 0) finish();

const reports: Array<{ id: string; source: { file: string } }> = JSON.parse(readFileSync(join(dist, 'data/reports.json'), 'utf8'));
const idOf = new Map(reports.map((r) => [r.source.file, r.id]));
for (const file of input.keys()) if (!idOf.has(file)) problems.push(`${file}: no report in the site's data/reports.json`);

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
const h1 = (html: string) => text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const links = (html: string, prefix: string) => [...new Set([...html.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]!).filter((h) => h.startsWith(prefix)))];
function regionPages(depth: number): string[] {
	const walk = (dir: string, left: number): string[] =>
		left === 0 ? [dir] : readdirSync(join(dist, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => walk(`${dir}${e.name}/`, left - 1));
	return walk('/regions/', depth);
}

// What the input holds, by division code.
const townships = new Map<string, { place: Place; ids: string[] }>();
for (const [file, { place }] of input) {
	const t = townships.get(place.code) ?? { place, ids: [] };
	t.ids.push(idOf.get(file) ?? file);
	townships.set(place.code, t);
}
const counties = new Map<string, Place>();
for (const { place } of townships.values()) counties.set(place.code.slice(0, 6), place);

// Township pages: one per township code, with the right parents and exactly its reports.
const townshipPageOf = new Map<string, string[]>();
for (const path of regionPages(3)) {
	const code = /区划代码 (\d+)</.exec(page(path))?.[1] ?? '(none)';
	townshipPageOf.set(code, [...(townshipPageOf.get(code) ?? []), path]);
}
for (const [code, { place, ids }] of townships) {
	const found = townshipPageOf.get(code) ?? [];
	if (found.length !== 1) {
		problems.push(`township ${code} ${place.township}: ${found.length} pages (${found.join(', ')})`);
		continue;
	}
	const html = page(found[0]!);
	const heading = `${place.township} ${place.province}${place.city ?? ''}${place.county}`;
	if (h1(html) !== heading) problems.push(`${found[0]}: heading "${h1(html)}", expected "${heading}"`);
	const listed = links(main(html), '/reports/').sort();
	const expected = ids.map((id) => `/reports/${id}/`).sort();
	if (listed.join() !== expected.join()) problems.push(`${found[0]}: lists ${listed.join(' ')}, expected ${expected.join(' ')}`);
}
for (const code of townshipPageOf.keys()) if (!townships.has(code)) problems.push(`township page(s) ${townshipPageOf.get(code)!.join(', ')}: code ${code} is not in the input`);

// County pages: each links to the townships of one county code only, and is headed by its names.
const countyPages = regionPages(2);
const countyPageOf = new Map<string, string[]>();
const codeOfTownshipPage = new Map([...townshipPageOf].flatMap(([code, paths]) => paths.map((p) => [p, code] as const)));
for (const path of countyPages) {
	const codes = new Set(links(main(page(path)), path).filter((l) => l !== path).map((l) => codeOfTownshipPage.get(l)?.slice(0, 6) ?? `(no township page ${l})`));
	if (codes.size !== 1) problems.push(`${path}: links townships of ${codes.size} counties (${[...codes].join(', ')})`);
	for (const code of codes) countyPageOf.set(code, [...(countyPageOf.get(code) ?? []), path]);
}
for (const [code, place] of counties) {
	const found = countyPageOf.get(code) ?? [];
	if (found.length !== 1) {
		problems.push(`county ${code} ${place.county}: ${found.length} pages (${found.join(', ')})`);
		continue;
	}
	const heading = `${place.county} ${place.province}${place.city ?? ''}`;
	if (h1(page(found[0]!)) !== heading) problems.push(`${found[0]}: heading "${h1(page(found[0]!))}", expected "${heading}"`);
}

// The home page's counts.
const home = text(page('/'));
for (const [n, what] of [[input.size, '份报告'], [counties.size, '个县级地区'], [townships.size, '个乡镇（街道）']] as const) {
	if (!home.includes(`${n}${what}`)) problems.push(`home page: does not say ${n}${what}`);
}

const sharedCounty = [...counties.values()].filter((p, _, all) => all.filter((q) => q.county === p.county).length > 1).length;
const sharedTownship = [...townships.values()].filter(({ place }, _, all) => all.filter((q) => q.place.township === place.township).length > 1).length;
console.log(
	`${input.size} reports, ${counties.size} counties (${sharedCounty} sharing a name in the input), ${townships.size} townships (${sharedTownship} sharing a name); ` +
		`${countyPages.length} county pages, ${regionPages(3).length} township pages.`,
);
finish();

function finish(): never {
	if (problems.length === 0) {
		console.log('Every county and township of the input has its own page with the right parent.');
		process.exit(0);
	}
	const shown = problems.slice(0, 50).map((p) => `  - ${p}`);
	if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
	console.error(`${problems.length} problem(s):\n${shown.join('\n')}`);
	process.exit(1);
}
