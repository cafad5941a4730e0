// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildOptions } from './src/config/options.ts';
import { MARKDOWN_OPTIONS, markdownProcessor } from './src/markdown/processor.ts';
import dataSizes from './src/integrations/data-sizes.ts';
import downloads from './src/integrations/downloads.ts';
import keptPages from './src/integrations/kept-pages.ts';
import reportFiles from './src/integrations/report-files.ts';
import searchIndex from './src/integrations/pagefind.ts';

// The environment is read once, here and nowhere else, and passed down (src/config/options.ts).
const options = buildOptions();

/** @astrojs/sitemap writes sitemap-index.xml; also publish it at the conventional /sitemap.xml. */
/** @type {() => import('astro').AstroIntegration} */
const sitemapAlias = () => ({
	name: 'sitemap-alias',
	hooks: {
		'astro:build:done': async ({ dir }) => copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir)),
	},
});

/** `_astro/SearchShortcut.Dtk6Jiqf.js`; the hash keeps same-named scripts apart. */
/** @param {{ name: string }} chunk */
const scriptFileName = (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, n) => (n === '0' ? '' : `-${n}`)).replace(/[^\w.-]/g, '_')}.[hash].js`;

export default defineConfig({
	site: options.siteUrl,
	trailingSlash: 'always',
	// Pages whose getStaticPaths gives a cacheKey (report pages, listings) are copied from
	// the last build when key and code are unchanged (src/utils/cache-keys.ts).
	// The last build's pages are put back in one pass before Astro starts rather than restored one
	// at a time as Astro reaches them (src/integrations/kept-pages.ts), which also empties outDir.
	experimental: { incrementalBuild: true },
	// Separate builds (tests, benchmarks) can keep their content cache apart from the main one.
	cacheDir: options.cacheDir,
	markdown: { ...MARKDOWN_OPTIONS, processor: markdownProcessor },
	// Scripts are files, never inlined: tens of thousands of pages would each carry a copy, and
	// an intranet's Content-Security-Policy can then forbid inline script (NarrowCollapse.astro's
	// one-liner aside, which must run before paint).
	// Stylesheets are files too: Astro inlines small ones into every page that uses them, and the
	// insight styles alone were 2.5 KB on each of tens of thousands of report and law pages.
	// Pages render four at a time: a page's wait on its cached body and on writing its file then
	// overlaps another's rendering (the pages phase of 1,000 reports: 0.75 of the time, same memory).
	build: { inlineStylesheets: 'never', concurrency: 4 },
	vite: {
		build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined) },
		// A component's script is named `<Component>.astro_astro_type_script_index_0_lang.<hash>.js`
		// by default: 37 characters of every one of a report page's nine script tags, on every page.
		environments: { client: { build: { rolldownOptions: { output: { entryFileNames: scriptFileName, chunkFileNames: scriptFileName } } } } },
	},
	// sitemap.xml needs absolute URLs, so only when SITE_URL is set.
	integrations: [keptPages(fileURLToPath(import.meta.url)), ...(options.siteUrl ? [sitemap({ filter: (page) => !page.endsWith('/404/') }), sitemapAlias()] : []), downloads(options), reportFiles(options), dataSizes(), searchIndex(options)],
});
