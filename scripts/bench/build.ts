/** Full build (`astro build`, then the search index) of a corpus (pages, search index, exports): wall time and peak memory of the tree. */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './proctree.ts';
import { folderBytes, largestFile } from './sizes.ts';

const ASTRO = join(import.meta.dirname, '../../node_modules/.bin/astro');
const INDEXER = join(import.meta.dirname, '../build-search-index.ts');

export interface BuildNumbers {
	buildSeconds: number;
	buildPeakRssMB: number;
	distBytes: number;
	indexBytes: number;
	/** Largest report page, gzip-compressed, in bytes. */
	largestReportPageGzipBytes: number;
}

export async function buildSite(corpusDir: string, outDir: string, cacheDir: string): Promise<BuildNumbers> {
	// What `npm run build` runs: Astro, then the search index once Astro has exited.
	const script = `"${process.execPath}" "${ASTRO}" build --outDir "${outDir}" && "${process.execPath}" "${INDEXER}" --dist "${outDir}"`;
	const run = await measure('/bin/sh', ['-c', script], { REPORTS_DIR: corpusDir, ASTRO_CACHE_DIR: cacheDir, SEARCH_INDEX: 'separate' });
	if (run.code !== 0) throw new Error(`astro build failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
	const largest = largestFile(join(outDir, 'reports'), /^index\.html$/);
	return {
		buildSeconds: Number(run.seconds.toFixed(1)),
		buildPeakRssMB: run.peakRssMB,
		distBytes: folderBytes(outDir),
		indexBytes: folderBytes(join(outDir, 'pagefind')),
		largestReportPageGzipBytes: largest ? gzipSync(readFileSync(largest.path)).length : 0,
	};
}
