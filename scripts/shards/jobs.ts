/**
 * The jobs of a sharded build (README, "分片构建"), described once: .github/workflows/build.yml
 * runs them on GitHub Actions (tests/unit/workflow.test.ts holds it to this description), and
 * scripts/build-sharded.ts runs the same jobs as processes on one machine, in the order their
 * `needs` allow. Every job is `node scripts/build-sharded.ts --job <name>`; jobs pass files
 * through one work folder, which on Actions is filled from the artifacts named here.
 */
import { join } from 'node:path';

export const JOB_NAMES = ['plan', 'shard', 'catalogue', 'assemble'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobSpec {
	/** Jobs that must finish first. */
	needs: JobName[];
	/** One run per shard of the plan (a matrix on Actions). */
	perShard: boolean;
	/** Artifacts it downloads before running (`*` matches any shard). */
	downloads: string[];
	/** The artifact it uploads, and the folder of the work folder that holds it. */
	uploads: { artifact: string; path: string };
}

/** The work folder, relative to the project, unless `--work` names another. */
export const DEFAULT_WORK = 'build';

/** Marks the shard's name in artifact and folder names. */
export const SHARD = '{shard}';

export const JOBS: Record<JobName, JobSpec> = {
	// Splits the reports by province and lists the shards (the matrix).
	plan: { needs: [], perShard: false, downloads: [], uploads: { artifact: 'shard-plan', path: 'plan.json' } },
	// One province: its report pages and search index parts.
	shard: { needs: ['plan'], perShard: true, downloads: ['shard-plan'], uploads: { artifact: `site-${SHARD}`, path: `site-${SHARD}` } },
	// Every report: listings, comparisons and downloads, no report pages or index.
	catalogue: { needs: [], perShard: false, downloads: [], uploads: { artifact: 'site-catalogue', path: 'site-catalogue' } },
	// Joins the catalogue and every shard into one site (scripts/assemble-shards.ts).
	assemble: { needs: ['plan', 'shard', 'catalogue'], perShard: false, downloads: ['shard-plan', 'site-*'], uploads: { artifact: 'site', path: 'site' } },
};

/** A job's name with the shard filled in. */
export const withShard = (name: string, shard: string) => name.replace(SHARD, shard);

/** Where a job's output sits in the work folder. */
export function outputOf(work: string, job: JobName, shard = ''): string {
	return join(work, withShard(JOBS[job].uploads.path, shard));
}

/** Where a shard job copies its own reports (the build's REPORTS_DIR). */
export const shardReports = (work: string, shard: string) => join(work, 'reports', shard);

/** A job's own Astro cache, so jobs on one machine do not share one. */
export const jobCache = (work: string, job: JobName, shard = '') => join(work, 'cache', shard ? `${job}-${shard}` : job);
