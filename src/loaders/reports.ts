/**
 * Content layer loader for the report library: parses every file of a folder with the
 * parser library, validates each Report against the collection schema (`parseData`), and
 * stores it with its body rendered through the project's Markdown pipeline.
 * Modelled on Astro's own `file()` loader.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportMarkdown } from '../markdown/build.ts';
import { joinBlocks, splitBlocks } from '../markdown/blocks.ts';
import type { Report } from '../report/schema.ts';
import { corpusError, duplicateProblems, missingFolderError } from './errors.ts';
import { logWarnings } from './warnings.ts';

export interface ReportsLoaderOptions {
	/** Folder of report files, relative to the project root or absolute. */
	folder: string;
	/** Parses a folder; defaults to the parser library's `parseFolder`. */
	parse?: (dir: string) => Promise<Report[]>;
}

export function reportsLoader({ folder, parse }: ReportsLoaderOptions): Loader {
	return {
		name: 'reports-loader',
		async load(context) {
			const dir = isAbsolute(folder) ? folder : resolve(fileURLToPath(context.config.root), folder);
			if (!existsSync(dir)) throw missingFolderError(dir);
			await sync(dir, context, parse);
			context.watcher?.add(dir);
			context.watcher?.on('all', async (_event, path) => {
				if (!path.startsWith(dir)) return;
				context.logger.info(`Reloading reports from ${folder}`);
				await sync(dir, context, parse).catch((error: unknown) => context.logger.error(String(error)));
			});
		},
	};
}

async function sync(dir: string, context: LoaderContext, parse?: ReportsLoaderOptions['parse']): Promise<void> {
	const parseFolder = parse ?? (await import('../report/index.ts')).parseFolder;
	let reports: Report[];
	try {
		reports = await parseFolder(dir);
	} catch (error) {
		throw corpusError(dir, error);
	}
	const duplicates = duplicateProblems(reports);
	if (duplicates.length > 0) throw corpusError(dir, duplicates);
	logWarnings(reports, context.logger);
	const { store, parseData, renderMarkdown, generateDigest } = context;
	const keep = new Set<string>();
	for (const report of reports) {
		keep.add(report.id);
		const data = await parseData({ id: report.id, data: report });
		const built = reportMarkdown(data);
		const digest = generateDigest(`${built.markdown}\u0000${JSON.stringify(data)}`);
		if (store.get(report.id)?.digest === digest) continue;
		const rendered = await renderMarkdown(built.markdown);
		const html = joinBlocks(splitBlocks(rendered.html, built.ids));
		store.set({ id: report.id, data, digest, filePath: report.source.file, rendered: { html, metadata: {} } });
	}
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
	context.logger.info(`Loaded ${reports.length} report(s) from ${dir}`);
}
