/**
 * The library's downloads into dist/data/ after the build: hook wiring only. The files were
 * written by the content loader into the build's cache (src/exports), a year at a time.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from '../config/options.ts';
import { DOWNLOADS_FILE, readDownloads } from '../exports/index.ts';
import { placeFile } from '../utils/file-pool.ts';

export default function downloads(options: BuildOptions): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'fazhi-downloads',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const manifest = readDownloads(resolve(root, options.cacheDir), resolve(root, options.reportsDir));
				if (!manifest) throw new Error('No downloads were prepared: the content loader writes them; build again.');
				const out = join(fileURLToPath(dir), 'data');
				mkdirSync(out, { recursive: true });
				for (const file of manifest.files) {
					const from = join(file.dir, file.name);
					const to = join(out, file.name);
					// The downloads are written under new names, never rewritten in place: a link is safe.
					await placeFile(from, to, true);
				}
				// What is there, for scripts and for assembling shards (scripts/assemble-shards.ts).
				const listed = manifest.files.map(({ dir: _dir, ...file }) => file);
				writeFileSync(join(out, DOWNLOADS_FILE), JSON.stringify({ files: listed }));
				logger.info(`${manifest.files.length} download file(s) in data/`);
			},
		},
	};
}
