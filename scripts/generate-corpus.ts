/**
 * `node scripts/generate-corpus.ts --count 1000 --out /tmp/corpus [--seed 1]`
 * Writes N synthetic reports (real townships, the seeds' shapes and noise) to a folder the
 * build can read with REPORTS_DIR. Deterministic for a given seed; nothing here is committed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './synth/corpus.ts';
import { buildPool } from './synth/pool.ts';

const { values } = parseArgs({
	options: { count: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.out) {
	console.error('usage: node scripts/generate-corpus.ts --count N --out DIR [--seed S]');
	process.exit(2);
}
const count = Number(values.count);
mkdirSync(values.out, { recursive: true });
for (const f of readdirSync(values.out).filter((f) => f.startsWith('synthetic_'))) rmSync(join(values.out, f));

const pool = buildPool(join(import.meta.dirname, '../seeds'));
let bytes = 0;
for (const { file, bytes: data } of generateCorpus(count, pool, Number(values.seed))) {
	writeFileSync(join(values.out, file), data);
	bytes += data.length;
}
console.log(`wrote ${count} reports (${(bytes / 1e6).toFixed(1)} MB) to ${values.out}`);
