/**
 * Private `astro build`s for tests that need their own reports folder, and the project's
 * scripts run the same way. Outputs sit inside the project: with an outDir elsewhere Astro
 * puts its prerender chunks in the shared `.astro/.prerender/`, where concurrent builds
 * collide, and chunks outside the project cannot resolve node_modules.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BUILDS = resolve('node_modules/.cache/fazhi-build-tests');

/** A fresh folder under BUILDS. */
export function buildTemp(name: string): string {
	mkdirSync(BUILDS, { recursive: true });
	return mkdtempSync(join(BUILDS, `fazhi-${name}-`));
}

export interface RunResult {
	code: number | null;
	output: string;
}

/** The project's pinned Node (devDependency `node`), whatever Node runs vitest. */
const NODE = existsSync('node_modules/.bin/node') ? resolve('node_modules/.bin/node') : process.execPath;

/** Runs a Node script of the project (or Astro's CLI) and collects its output. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
	return new Promise((done) => {
		const child = spawn(NODE, args, { env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env } });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => done({ code, output }));
	});
}

/** `astro build` of the reports in `folder` into `outDir`, with its own content cache beside it (`<outDir>-cache`). */
export function astroBuild(folder: string, outDir: string, env: Record<string, string> = {}): Promise<RunResult> {
	return runNode([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		REPORTS_DIR: folder,
		ASTRO_CACHE_DIR: `${outDir}-cache`,
		SITE_URL: '',
		...env,
	});
}
