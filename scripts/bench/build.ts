/** Full build (`astro build`, then the search index) of a corpus (pages, search index, exports): wall time and peak memory of the tree. */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from '../lib/proctree.ts';
import { distBreakdown, folderBytes, largestFile } from './sizes.ts';

const BUILD = join(import.meta.dirname, '../build.ts');

export interface PhaseNumbers {
	phase: string;
	seconds: number;
	/** Peak resident memory of the phase's process tree. */
	peakRssMB: number;
	/** Largest heap in use after a full collection in the phase's Node process (scripts/lib/live-heap.ts); null if none ran. */
	liveHeapMB: number | null;
}

export interface BuildNumbers {
	buildSeconds: number;
	buildPeakRssMB: number;
	distBytes: number;
	indexBytes: number;
	/** Largest report page, gzip-compressed, in bytes. */
	largestReportPageGzipBytes: number;
	/** Time and peak memory of each phase of `npm run build` (scripts/build.ts). */
	phases: PhaseNumbers[];
	/** Files in dist/, the largest of them (the budget is 50 MB), and bytes per top-level folder. */
	distFiles: number;
	largestFileBytes: number;
	largestFile: string;
	distBytesByFolder: Record<string, number>;
}

export async function buildSite(corpusDir: string, outDir: string, cacheDir: string, env: Record<string, string> = {}): Promise<BuildNumbers> {
	// What `npm run build` runs: parse, Astro, then the search index, each in its own process.
	const summary = `${outDir}-phases.json`;
	// The build's own progress lines go to the bench's log: a 40,000 build runs for over an hour.
	const run = await measure(process.execPath, [BUILD, '--outDir', outDir, '--summary', summary], { REPORTS_DIR: corpusDir, ASTRO_CACHE_DIR: cacheDir, ...env }, 250, true);
	if (run.code !== 0) throw new Error(`the build failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
	const phases = (JSON.parse(readFileSync(summary, 'utf8')) as { phases: PhaseNumbers[] }).phases;
	rmSync(summary, { force: true });
	const largest = existsSync(join(outDir, 'reports')) ? largestFile(join(outDir, 'reports'), /^index\.html$/) : null;
	const anyLargest = largestFile(outDir, /./)!;
	const { files, byFolder } = distBreakdown(outDir);
	return {
		buildSeconds: Number(run.seconds.toFixed(1)),
		buildPeakRssMB: run.peakRssMB,
		distBytes: folderBytes(outDir),
		indexBytes: existsSync(join(outDir, 'pagefind')) ? folderBytes(join(outDir, 'pagefind')) : 0,
		largestReportPageGzipBytes: largest ? gzipSync(readFileSync(largest.path)).length : 0,
		phases,
		distFiles: files,
		largestFileBytes: anyLargest.bytes,
		largestFile: anyLargest.path.slice(outDir.length + 1),
		distBytesByFolder: byFolder,
	};
}
