/** The plan job of a sharded build: reports grouped by province, every bad file named. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planShards } from '../../scripts/shards/plan.ts';
import { SEEDS_DIR } from './helpers.ts';

const gold: Array<{ file: string; region: { province: string } }> = JSON.parse(readFileSync('tests/fixtures/seeds.json', 'utf8')).reports;

describe('planShards', () => {
	it('puts each seed in its province shard, named by the province code', () => {
		const { shards } = planShards(SEEDS_DIR);
		// GB/T 2260: 福建省 35, 重庆市 50.
		expect(shards.map((s) => [s.name, s.province])).toEqual([
			['p35', '福建省'],
			['p50', '重庆市'],
		]);
		for (const shard of shards) for (const file of shard.files) expect(gold.find((g) => g.file === file)?.region.province, file).toBe(shard.province);
		expect(shards.flatMap((s) => s.files).sort()).toEqual(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort());
	});

	it('names every file that is not a report', () => {
		const dir = 'tests/fixtures/bad';
		let message = '';
		try {
			planShards(dir);
		} catch (e) {
			message = (e as Error).message;
		}
		for (const file of readdirSync(dir)) expect(message).toContain(file);
	});
});
