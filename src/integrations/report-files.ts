/**
 * Each report's text.txt and original file into dist/reports/<id>/ after the build, and
 * served from the cache by the dev server: hook wiring only (src/exports/report-files.ts).
 * A catalogue build publishes none: the shards do.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from '../config/options.ts';
import { artefactStoreFor } from '../corpus/prepare.ts';
import { publishedFiles, publishReportFiles, readReportFiles } from '../exports/index.ts';

export default function reportFiles(options: BuildOptions): AstroIntegration {
	let root = process.cwd();
	const library = () => {
		const cacheDir = resolve(root, options.cacheDir);
		const folder = resolve(root, options.reportsDir);
		const files = readReportFiles(cacheDir, folder);
		if (!files) throw new Error('No list of report files was prepared: the content loader writes it; build again.');
		return { files, store: artefactStoreFor(cacheDir, folder), folder };
	};
	return {
		name: 'fazhi-report-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					const path = decodeURI(request.url?.split('?')[0] ?? '');
					if (!path.startsWith('/reports/') || path.endsWith('/')) return next();
					const { files, store, folder } = library();
					const file = [...publishedFiles(files, store, folder)].find((f) => f.url === path);
					if (!file) return next();
					response.setHeader('content-type', file.contentType);
					createReadStream(file.from).pipe(response);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (options.sitePages !== 'all') return;
				const { files, store, folder } = library();
				logger.info(`${await publishReportFiles(files, store, folder, fileURLToPath(dir))} report file(s) (text.txt, originals) in reports/`);
			},
		},
	};
}
