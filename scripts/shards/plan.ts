/**
 * The plan job of a sharded build: every report goes to its province's shard, named by the
 * first two digits of its division code (`p50` for 重庆市, `p00` where no province was
 * recognised), so a township's years stay together (README, "分片构建").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CorpusError, ReportError, parseReport, type Region } from '../../src/report/index.ts';
import { UNKNOWN } from '../../src/utils/regions.ts';

export const ShardSchema = z.object({
	/** Shard name, also its SEARCH_SHARD (`p50`). */
	name: z.string().regex(/^p\d\d$/),
	/** Province the shard holds, or 未知 (UNKNOWN). */
	province: z.string(),
	/** Report file names of the reports folder, sorted. */
	files: z.array(z.string()),
});

export const PlanSchema = z.object({
	/** Shards in name order, none empty. */
	shards: z.array(ShardSchema),
});

export type Shard = z.infer<typeof ShardSchema>;
export type Plan = z.infer<typeof PlanSchema>;

/** The shard of a report from where it is. */
export function shardOf(region: Region): string {
	return `p${region.code?.slice(0, 2) ?? '00'}`;
}

/**
 * Reads every `.txt` report of `dir` one at a time (keeping only where it is) and groups
 * them by shard; throws one CorpusError naming every file that is not a report.
 */
export function planShards(dir: string): Plan {
	const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
	if (names.length === 0) throw new CorpusError([new ReportError(dir, 'no .txt reports in this folder. Put report files in it or point REPORTS_DIR at one.')]);
	const shards = new Map<string, Shard>();
	const problems: ReportError[] = [];
	for (const file of names) {
		let region: Region;
		try {
			region = parseReport(new Uint8Array(readFileSync(join(dir, file))), file).region;
		} catch (e) {
			problems.push(e instanceof ReportError ? e : new ReportError(file, `could not be parsed: ${(e as Error).message}`));
			continue;
		}
		const name = shardOf(region);
		const shard = shards.get(name) ?? { name, province: region.province ?? UNKNOWN, files: [] };
		shard.files.push(file);
		shards.set(name, shard);
	}
	if (problems.length > 0) throw new CorpusError(problems);
	return { shards: [...shards.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) };
}
