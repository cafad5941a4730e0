/**
 * Content layer loader for the report library. The parse-once pass (src/corpus) digests
 * every file and parses and renders only what its cache lacks; the store then gets each
 * report's summary, about a kilobyte, one entry at a time, skipping unchanged ones. Report
 * pages read their body from the cache, so no part of the build holds every report's text.
 * Modelled on Astro's own `glob()` loader.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCorpus } from '../corpus/prepare.ts';
import { prepareDownloads } from '../exports/index.ts';
import { reportListing } from '../report/summary.ts';
import { corpusError, missingFolderError } from './errors.ts';
import { logWarnings } from './warnings.ts';

export interface ReportsLoaderOptions {
	/** Folder of report files, relative to the project root or absolute. */
	folder: string;
}

export function reportsLoader({ folder }: ReportsLoaderOptions): Loader {
	return {
		name: 'reports-loader',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			const dir = isAbsolute(folder) ? folder : resolve(root, folder);
			if (!existsSync(dir)) throw missingFolderError(dir);
			await sync(dir, root, context);
			context.watcher?.add(dir);
			context.watcher?.on('all', async (_event, path) => {
				if (!path.startsWith(dir)) return;
				context.logger.info(`Reloading reports from ${folder}`);
				await sync(dir, root, context).catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}

async function sync(dir: string, root: string, context: LoaderContext): Promise<void> {
	const { store, parseData, logger } = context;
	const cacheDir = fileURLToPath(context.config.cacheDir);
	const log = (m: string) => logger.info(m);
	let prepared;
	try {
		prepared = await prepareCorpus({ folder: dir, cacheDir, root, log });
	} catch (error) {
		throw corpusError(dir, error);
	}
	if (prepared.problems.length > 0) throw corpusError(dir, prepared.problems);
	logWarnings(prepared.summaries, logger);
	await prepareDownloads({ summaries: prepared.summaries, store: prepared.store, cacheDir, folder: dir, root, log });
	const keep = new Set<string>();
	for (const summary of prepared.summaries) {
		keep.add(summary.id);
		// The key digests the source bytes and the code version: same key, same entry.
		if (store.get(summary.id)?.digest === summary.key) continue;
		const data = await parseData({ id: summary.id, data: reportListing(summary) });
		store.set({ id: summary.id, data, digest: summary.key, filePath: summary.source.file });
	}
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	logger.info(`Loaded ${prepared.summaries.length} report(s) from ${dir}`);
}
