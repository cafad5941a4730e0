/**
 * A sharded build (README, "分片构建") on one machine, or one of its jobs:
 *   node scripts/build-sharded.ts [--work build] [--jobs 2]          every job, as parallel processes
 *   node scripts/build-sharded.ts --job plan|shard|catalogue|assemble [--shard p50] [--work build]
 * The jobs and their `needs` are scripts/shards/jobs.ts, which .github/workflows/build.yml runs
 * on GitHub Actions with the same `--job` commands. Reports come from REPORTS_DIR (default
 * `seeds`); other variables (SEARCH_PART_SIZE, SITE_URL, …) pass through to every build.
 * Output: <work>/plan.json, <work>/site-<shard>/, <work>/site-catalogue/ and the assembled <work>/site/.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusError } from '../src/report/index.ts';
import { DEFAULT_WORK, JOB_NAMES, JOBS, jobCache, outputOf, shardReports, type JobName } from './shards/jobs.ts';
import { PlanSchema, planShards, type Plan } from './shards/plan.ts';

const usage = 'usage: node scripts/build-sharded.ts [--work DIR] [--jobs N] | --job plan|shard|catalogue|assemble [--shard NAME] [--work DIR]';
const { values } = parseArgs({
	options: { job: { type: 'string' }, shard: { type: 'string' }, work: { type: 'string', default: DEFAULT_WORK }, jobs: { type: 'string' } },
});
const root = resolve(dirname(import.meta.dirname));
const work = resolve(values.work!);
const reportsDir = resolve(process.env.REPORTS_DIR || 'seeds');
const baseEnv = { ...process.env };
const githubOutput = process.env.GITHUB_OUTPUT;

/**
 * Jobs still running, each in its own process group (the job and the builds it starts), so a
 * failed job stops the others and stopping this script stops every build. Killed outright:
 * Astro can outlive a SIGTERM, and a stopped job's output is rebuilt from scratch anyway.
 */
const groups = new Set<number>();
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.on(signal, () => {
		stopJobs();
		process.exit(1);
	});
}

function stopJobs(): void {
	for (const pid of groups) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	}
}

try {
	if (values.job === undefined) await runAll(Number(values.jobs ?? Math.min(2, availableParallelism())));
	else if ((JOB_NAMES as readonly string[]).includes(values.job)) await runJob(values.job as JobName, values.shard);
	else fail(`unknown job "${values.job}". ${usage}`, 2);
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

function fail(message: string, code = 1): never {
	console.error(message);
	process.exit(code);
}

/** One job, as the workflow runs it. */
async function runJob(job: JobName, shard?: string): Promise<void> {
	if (JOBS[job].perShard !== Boolean(shard)) fail(JOBS[job].perShard ? `--job ${job} needs --shard NAME (a shard of ${join(work, 'plan.json')}).` : `--job ${job} takes no --shard.`, 2);
	if (job === 'plan') return plan();
	if (job === 'catalogue') return build(outputOf(work, 'catalogue'), jobCache(work, 'catalogue'), { REPORTS_DIR: reportsDir, SITE_PAGES: 'catalogue' });
	const { shards } = readPlan();
	if (job === 'assemble') {
		const args = ['--out', outputOf(work, 'assemble'), '--catalogue', outputOf(work, 'catalogue'), ...shards.map((s) => outputOf(work, 'shard', s.name))];
		return run([join(root, 'scripts/assemble-shards.ts'), ...args], baseEnv);
	}
	const mine = shards.find((s) => s.name === shard);
	if (!mine) fail(`shard "${shard}" is not in ${join(work, 'plan.json')}; its shards are ${shards.map((s) => s.name).join(', ')}.`, 2);
	const folder = shardReports(work, mine.name);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	for (const file of mine.files) copyFileSync(join(reportsDir, file), join(folder, file));
	return build(outputOf(work, 'shard', mine.name), jobCache(work, 'shard', mine.name), { REPORTS_DIR: folder, SEARCH_SHARD: mine.name, SITE_PAGES: 'all' });
}

function plan(): void {
	let result: Plan;
	try {
		result = planShards(reportsDir);
	} catch (error) {
		if (error instanceof CorpusError) fail(`Cannot plan the shards of ${reportsDir}:\n${error.message}`);
		throw error;
	}
	mkdirSync(work, { recursive: true });
	writeFileSync(join(work, 'plan.json'), `${JSON.stringify(result, null, '\t')}\n`);
	const names = result.shards.map((s) => s.name);
	if (githubOutput) appendFileSync(githubOutput, `shards=${JSON.stringify(names)}\n`);
	console.log(`Planned ${result.shards.length} shards of ${reportsDir}: ${result.shards.map((s) => `${s.name} ${s.province} (${s.files.length})`).join(', ')}.`);
}

function readPlan(): Plan {
	const path = join(work, 'plan.json');
	if (!existsSync(path)) fail(`No shard plan at ${path}: run --job plan first (on Actions, download the shard-plan artifact).`);
	return PlanSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** `npm run build` of one job into its own folder, with its own Astro cache. */
async function build(outDir: string, cacheDir: string, env: Record<string, string>): Promise<void> {
	const jobEnv = { ...baseEnv, ...env, ASTRO_CACHE_DIR: cacheDir };
	rmSync(outDir, { recursive: true, force: true });
	await run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { ...jobEnv, SEARCH_INDEX: 'separate' });
	await run([join(root, 'scripts/build-search-index.ts'), '--dist', outDir], jobEnv);
}

/** Runs a Node script with this Node; rejects naming the command when it fails. */
function run(args: string[], env: NodeJS.ProcessEnv, label?: string): Promise<void> {
	return new Promise((done, reject) => {
		// A labelled child is a job of runAll: its own process group, so stopJobs reaches its builds.
		const child = spawn(process.execPath, args, { cwd: root, env, stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: Boolean(label) });
		const group = label ? child.pid : undefined;
		if (group) groups.add(group);
		child.on('exit', () => group && groups.delete(group));
		if (label) for (const stream of [child.stdout!, child.stderr!]) prefixLines(stream, label);
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? done() : reject(new Error(`${label ?? args.join(' ')} failed (exit ${code}).`))));
	});
}

function prefixLines(stream: NodeJS.ReadableStream, label: string): void {
	let rest = '';
	stream.setEncoding('utf8');
	stream.on('data', (chunk: string) => {
		const lines = (rest + chunk).split('\n');
		rest = lines.pop()!;
		for (const line of lines) console.log(`[${label}] ${line}`);
	});
	stream.on('end', () => rest && console.log(`[${label}] ${rest}`));
}

/**
 * Every job as a child process running `--job`, at most `slots` at once, each started as
 * soon as the jobs it needs have finished (shard jobs once the plan lists them).
 */
async function runAll(slots: number): Promise<void> {
	if (!Number.isInteger(slots) || slots < 1) fail(`--jobs must be a whole number of at least 1, got "${values.jobs}".`, 2);
	const started = Date.now();
	const self = join(root, 'scripts/build-sharded.ts');
	type Unit = { job: JobName; shard?: string };
	const waiting: Unit[] = JOB_NAMES.filter((j) => !JOBS[j].perShard).map((job) => ({ job }));
	const running = new Set<Promise<void>>();
	const left = new Map<JobName, number>(JOB_NAMES.map((j) => [j, JOBS[j].perShard ? Infinity : 1]));
	const failures: string[] = [];
	const ready = (u: Unit) => JOBS[u.job].needs.every((n) => left.get(n) === 0);
	const finished = (u: Unit) => {
		left.set(u.job, left.get(u.job)! - 1);
		if (u.job !== 'plan') return;
		const { shards } = readPlan();
		waiting.push(...shards.map((s) => ({ job: 'shard' as const, shard: s.name })));
		for (const j of JOB_NAMES) if (JOBS[j].perShard) left.set(j, shards.length);
	};
	while ((waiting.length > 0 || running.size > 0) && failures.length === 0) {
		const next = running.size < slots ? waiting.findIndex(ready) : -1;
		if (next < 0) {
			if (running.size === 0) fail(`Jobs ${waiting.map((u) => u.job).join(', ')} can never start: check \`needs\` in scripts/shards/jobs.ts.`);
			await Promise.race(running);
			continue;
		}
		const unit = waiting.splice(next, 1)[0]!;
		const label = unit.shard ? `${unit.job} ${unit.shard}` : unit.job;
		const args = [self, '--job', unit.job, '--work', work, ...(unit.shard ? ['--shard', unit.shard] : [])];
		console.log(`[${label}] started`);
		const task: Promise<void> = run(args, baseEnv, label)
			.then(() => {
				console.log(`[${label}] done in ${seconds(started)} s since the start`);
				finished(unit);
			})
			.catch((error: Error) => {
				failures.push(error.message);
				stopJobs();
			})
			.finally(() => running.delete(task));
		running.add(task);
	}
	await Promise.all(running);
	if (failures.length > 0) fail(`Sharded build failed (other jobs stopped):\n  ${failures.join('\n  ')}`);
	console.log(`Sharded build done in ${seconds(started)} s: ${outputOf(work, 'assemble')}`);
}

function seconds(since: number): string {
	return ((Date.now() - since) / 1000).toFixed(1);
}
