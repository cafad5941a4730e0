/**
 * The last build's pages put back into outDir in one pass before Astro builds, instead of
 * Astro emptying it and restoring each unchanged page as it reaches it: hook wiring only
 * (src/utils/kept-pages.ts).
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dropUnbuilt, restoreLastBuild, type KeptPages } from '../utils/kept-pages.ts';

/** `configFile`: the Astro config's path; a page built under another version of it is not kept. */
export default function keptPages(configFile: string): AstroIntegration {
	let config: AstroConfig;
	let kept: KeptPages | null = null;
	return {
		name: 'fazhi-kept-pages',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				// This integration empties outDir itself, before putting pages back.
				if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config: done }) => {
				config = done;
			},
			'astro:build:start': ({ logger }) => {
				if (!config.experimental.incrementalBuild) return;
				const fingerprint = createHash('sha256').update(readFileSync(configFile)).digest('hex');
				kept = restoreLastBuild(config.cacheDir, config.outDir, fingerprint);
				logger.info(`${kept.restored.size} page(s) of the last build put back into ${fileURLToPath(config.outDir)}`);
			},
			'astro:build:done': ({ logger }) => {
				if (!kept) return;
				const dropped = dropUnbuilt(config.cacheDir, config.outDir, kept);
				if (dropped) logger.info(`${dropped} page(s) of the last build no longer built, removed`);
			},
		},
	};
}
