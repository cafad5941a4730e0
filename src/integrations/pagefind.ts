/**
 * Builds the search index after `astro build`, through Pagefind's Node API (the model
 * Starlight follows), from the parsed reports rather than from the HTML: the index holds
 * character-pair tokens (src/search/codec.ts) that no HTML page shows.
 * Output: dist/pagefind/ (pagefind.js, wasm, meta, chunks, fragments, filters).
 */
import type { AstroIntegration } from 'astro';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Report } from '../report/schema.ts';
import { writePrefixPreloads } from '../search/chunks.ts';
import { reportRecords } from '../search/records.ts';

export interface SearchIndexOptions {
	/** Folder of report files; defaults to REPORTS_DIR or `seeds`, as the content collection does. */
	folder?: string;
}

interface PagefindResponse {
	errors: string[];
}

function check<T extends PagefindResponse>(what: string, response: T): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  ${response.errors.join('\n  ')}`);
	return response;
}

/** Writes the index for `reports` into `outputPath`. Exported for the benchmark and tests. */
export async function writeSearchIndex(reports: Report[], outputPath: string): Promise<{ records: number }> {
	try {
		const { index } = check('createIndex', await pagefind.createIndex({ writePlayground: false }));
		if (!index) throw new Error('Pagefind createIndex returned no index');
		let records = 0;
		for (const report of reports) {
			for (const record of reportRecords(report)) {
				check(`indexing ${record.url}`, await index.addCustomRecord(record));
				records++;
			}
		}
		check('writeFiles', await index.writeFiles({ outputPath }));
		writePrefixPreloads(outputPath);
		return { records };
	} finally {
		await pagefind.close();
	}
}

export default function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'fazhi-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const folder = options.folder ?? (process.env.REPORTS_DIR || 'seeds');
				const { parseFolder } = await import('../report/index.ts');
				const reports = await parseFolder(isAbsolute(folder) ? folder : resolve(root, folder));
				const { records } = await writeSearchIndex(reports, fileURLToPath(new URL('./pagefind/', dir)));
				logger.info(`Indexed ${reports.length} reports (${records} records) in ${Math.round(performance.now() - started)} ms.`);
			},
		},
	};
}
