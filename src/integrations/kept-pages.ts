/**
 * The last build's pages put back into outDir in one pass before Astro builds, instead of
 * Astro emptying it and restoring each unchanged page as it reaches it: hook wiring only
 * (src/utils/kept-pages.ts). The copying starts when the config is known and is awaited when
 * the build starts, so it runs beside the content sync.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dropUnbuilt, restoreLastBuild, type KeptPages } from '../utils/kept-pages.ts';

/** `configFile`: the Astro config's path; a page built under another version of it is not kept. */
export default function keptPages(configFile: string): AstroIntegration {
	let config: AstroConfig;
	let building = false;
	let restoring: Promise<KeptPages> | null = null;
	let kept: KeptPages | null = null;
	return {
		name: 'fazhi-kept-pages',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				building = command === 'build';
				// This integration empties outDir itself, before putting pages back.
				if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config: done }) => {
				config = done;
				if (!building || restoring || !config.experimental.incrementalBuild) return;
				// Started before the content sync, so the copying (file-system threads) overlaps it.
				const fingerprint = createHash('sha256').update(readFileSync(configFile)).digest('hex');
				restoring = restoreLastBuild(config.cacheDir, config.outDir, fingerprint);
				// Awaited at build start; marked handled so a failure is reported there, once.
				restoring.catch(() => {});
			},
			'astro:build:start': async ({ logger }) => {
				if (!restoring) return;
				kept = await restoring;
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
