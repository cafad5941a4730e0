/**
 * Pages of the last build, put back before Astro starts. Astro's incremental build restores
 * each unchanged page from its cached copy into the emptied outDir as it reaches it, about
 * 0.9 ms a page here: half a minute for the 29,000 pages of 10,000 reports. Instead outDir is
 * emptied before Astro starts (its own emptying turned off) and every page the last build
 * recorded is copied back in one pass, so Astro finds it in place and keeps it (`(cached)`);
 * when the build is done, the pages put back that it neither kept nor wrote again (a removed
 * report's) are deleted. Copies, not hard links: Astro rewrites a changed page in place, which
 * through a link would also rewrite every earlier build's output. The copying is file-system
 * work, not JavaScript: it runs many files at a time on libuv's threads (file-pool.ts), and
 * the integration starts it before Astro's content sync, so the two overlap.
 *
 * This knows Astro 7's cache layout: `<cacheDir>/incremental-build.json` lists each keyed
 * path's output file (relative to outDir, URL-encoded) and `<cacheDir>/dist/<file>` is its
 * copy. Astro writes the copies as it goes and the list at the end, so a build that stopped
 * half-way leaves copies newer than the list: the build after one renders every page afresh
 * (the marker file says so).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachInPool, folderMaker } from './file-pool.ts';

const MANIFEST = 'incremental-build.json';
const COPIES = 'dist/';
/** Written before pages are put back, deleted when the build is done: found at the start, the last build stopped. */
const MARKER = 'kept-pages.lock';
/** The fingerprint of the configuration the cached pages were built with (restoreLastBuild). */
const CONFIG_STAMP = 'kept-pages.config';

interface AstroManifest {
	routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** Output files (relative, URL-encoded) Astro's incremental manifest records. */
function recordedOutputs(cacheDir: URL): string[] {
	let manifest: AstroManifest;
	try {
		manifest = JSON.parse(readFileSync(new URL(MANIFEST, cacheDir), 'utf8')) as AstroManifest;
	} catch {
		return [];
	}
	return Object.values(manifest.routes ?? {}).flatMap((route) => Object.values(route.paths ?? {}).flatMap((p) => (p.outputFile ? [p.outputFile] : [])));
}

/** What the start of a build put back, for its end. */
export interface KeptPages {
	/**
	 * Output files put back from the last build, each with its modification time then: a file
	 * Astro writes again gets a later one (its writes come seconds after, past the file
	 * system's coarse clock).
	 */
	restored: Map<string, number>;
}

/**
 * Empties `out` but `.git`, as Astro does. Deleting the last build's files in place took about
 * 20 s at 10,000 reports (70,000 files), so the old folder is renamed aside and deleted by a
 * detached process while the build goes on; where it cannot be renamed, it is emptied here.
 */
function emptyOutDir(out: string): void {
	mkdirSync(out, { recursive: true });
	const names = readdirSync(out).filter((name) => name !== '.git');
	if (names.length === 0) return;
	const aside = `${out.replace(/\/+$/, '')}.old-${process.pid}-${Date.now()}`;
	try {
		renameSync(out, aside);
		mkdirSync(out);
		if (existsSync(join(aside, '.git'))) renameSync(join(aside, '.git'), join(out, '.git'));
	} catch {
		if (existsSync(aside)) {
			rmSync(out, { recursive: true, force: true });
			renameSync(aside, out);
		}
		for (const name of names) rmSync(join(out, name), { recursive: true, force: true });
		return;
	}
	spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', aside], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Empties `outDir` (emptyOutDir) and copies each page of the last build into it.
 * After a build that stopped half-way, or one built with another configuration (`fingerprint`:
 * a digest of the config file), deletes Astro's manifest instead, so every page renders.
 * Astro's own check digests only some of the config: not `vite.environments`, where the script
 * file names are set, so a renamed script left every kept page linking a file no longer built.
 */
export async function restoreLastBuild(cacheDir: URL, outDir: URL, fingerprint: string): Promise<KeptPages> {
	emptyOutDir(fileURLToPath(outDir));
	const marker = new URL(MARKER, cacheDir);
	const stamp = new URL(CONFIG_STAMP, cacheDir);
	mkdirSync(fileURLToPath(cacheDir), { recursive: true });
	const builtWith = existsSync(stamp) ? readFileSync(stamp, 'utf8') : null;
	writeFileSync(stamp, fingerprint);
	if (existsSync(marker) || builtWith !== fingerprint) {
		rmSync(new URL(MANIFEST, cacheDir), { force: true });
		rmSync(marker, { force: true });
		return { restored: new Map() };
	}
	writeFileSync(marker, `${new Date().toISOString()}\n`);
	const restored = new Map<string, number>();
	const makeFolder = folderMaker();
	const copies = new URL(COPIES, cacheDir);
	await eachInPool(recordedOutputs(cacheDir), async (file) => {
		const to = fileURLToPath(new URL(file, outDir));
		try {
			await makeFolder(dirname(to));
			await copyFile(fileURLToPath(new URL(file, copies)), to);
			restored.set(file, (await stat(to)).mtimeMs);
		} catch {
			// No copy: Astro renders the page itself.
		}
	});
	return { restored };
}

/**
 * Deletes the pages put back that this build neither recorded nor wrote, and the marker.
 * Returns how many it deleted.
 */
export function dropUnbuilt(cacheDir: URL, outDir: URL, kept: KeptPages): number {
	const recorded = new Set(recordedOutputs(cacheDir));
	let dropped = 0;
	for (const [file, mtime] of kept.restored) {
		if (recorded.has(file)) continue;
		const path = fileURLToPath(new URL(file, outDir));
		try {
			if (statSync(path).mtimeMs !== mtime) continue;
		} catch {
			continue;
		}
		rmSync(path);
		dropped++;
		try {
			rmdirSync(dirname(path)); // the folder of a removed report's page, once empty
		} catch {
			// Not empty: other files live there.
		}
	}
	rmSync(new URL(MARKER, cacheDir), { force: true });
	return dropped;
}
