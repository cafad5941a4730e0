/**
 * `npm run generate:formats -- --out DIR` writes the seeds as townships publish them, one
 * format per seed in turn (.docx, .pdf, portal .html, .txt), plus a sources.csv, so that
 * `REPORTS_DIR=DIR npm run build` shows a mixed folder. The same renditions the tests use
 * (scripts/lib/render-formats.ts); nothing here is committed.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toDocx, toHtml, toPdf } from './lib/render-formats.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
if (!values.out) {
	console.error('usage: npm run generate:formats -- --out DIR');
	process.exit(2);
}
const seeds = join(import.meta.dirname, '../seeds');
mkdirSync(values.out, { recursive: true });
const rows = ['file,url,retrieved,province,city,county,township,year,title'];
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
for (const [i, seed] of files.entries()) {
	const text = readFileSync(join(seeds, seed), 'utf8');
	const stem = seed.replace(/\.txt$/, '');
	const kind = ['docx', 'pdf', 'html', 'txt'][i % 4]!;
	const bytes =
		kind === 'docx' ? await toDocx(text)
		: kind === 'pdf' ? await toPdf(text, { pageNumbers: 'of' })
		: kind === 'html' ? toHtml(text, { published: '2024-01-15', publisher: '区人民政府办公室', titleOnlyInHeadline: true })
		: new Uint8Array(readFileSync(join(seeds, seed)));
	writeFileSync(join(values.out, `${stem}.${kind}`), bytes);
	rows.push(`${stem}.${kind},https://www.example.gov.cn/zwgk/${stem}.html,2024-03-0${(i % 9) + 1},,,,,,`);
}
writeFileSync(join(values.out, 'sources.csv'), `${rows.join('\n')}\n`);
console.log(`wrote ${files.length} reports and sources.csv to ${values.out}`);
