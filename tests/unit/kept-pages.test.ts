/** The last build's pages put back into outDir before Astro builds (src/utils/kept-pages.ts), with a fake Astro cache. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropUnbuilt, restoreLastBuild } from '../../src/utils/kept-pages.ts';
import keptPages from '../../src/integrations/kept-pages.ts';

let base: string;
let cache: string;
let out: string;
const url = (dir: string) => pathToFileURL(`${dir}/`);
/** The fingerprint of the configuration every build here runs with but one. */
const CONFIG = 'config-1';
const write = (path: string, text: string) => {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
};
/** A manifest as Astro 7 writes it (URL-encoded paths), and each page's cached copy (a file path), an hour old. */
function lastBuild(pages: Record<string, string>) {
	const paths = Object.fromEntries(Object.keys(pages).map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }]));
	write(join(cache, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }));
	write(join(cache, 'kept-pages.config'), CONFIG);
	const hourAgo = new Date(Date.now() - 3_600_000);
	for (const [file, text] of Object.entries(pages)) {
		const copy = join(cache, 'dist', decodeURIComponent(file));
		write(copy, text);
		utimesSync(copy, hourAgo, hourAgo);
	}
}

beforeEach(() => {
	base = mkdtempSync(join(tmpdir(), 'fazhi-kept-'));
	cache = join(base, 'cache');
	out = join(base, 'dist');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('restoreLastBuild', () => {
	it('empties outDir but .git, and copies each recorded page from its cached copy (not a link: Astro rewrites changed pages in place)', async () => {
		lastBuild({ 'a/index.html': 'A', 'b/%E9%95%87/index.html': 'B' });
		write(join(out, 'stale.html'), 'old');
		write(join(out, '.git', 'HEAD'), 'ref');
		const kept = await restoreLastBuild(url(cache), url(out), CONFIG);
		expect([...kept.restored.keys()].sort()).toEqual(['a/index.html', 'b/%E9%95%87/index.html']);
		expect(existsSync(join(out, 'stale.html'))).toBe(false);
		expect(existsSync(join(out, '.git', 'HEAD'))).toBe(true);
		expect(readFileSync(join(out, 'b', '镇', 'index.html'), 'utf8')).toBe('B');
		expect(statSync(join(out, 'a', 'index.html')).ino).not.toBe(statSync(join(cache, 'dist', 'a', 'index.html')).ino);
	});

	it('moves the last build aside for a detached process to delete, so the build does not wait for it', async () => {
		lastBuild({ 'a/index.html': 'A' });
		for (let i = 0; i < 50; i++) write(join(out, 'old', `${i}.html`), 'old');
		await restoreLastBuild(url(cache), url(out), CONFIG);
		expect(existsSync(join(out, 'old'))).toBe(false);
		const aside = () => readdirSync(base).filter((n) => n.startsWith('dist.old-'));
		for (let waited = 0; aside().length > 0 && waited < 10_000; waited += 100) await new Promise((done) => setTimeout(done, 100));
		expect(aside()).toEqual([]);
	});

	it('puts back every page of a build larger than the copies it makes at once, many to a folder, each with its own text', async () => {
		const pages: Record<string, string> = {};
		for (let i = 0; i < 300; i++) pages[`f${i % 23}/${i % 3 === 0 ? 'index' : `p${i}`}.html`] = `page ${i}`;
		lastBuild(pages);
		const kept = await restoreLastBuild(url(cache), url(out), CONFIG);
		expect([...kept.restored.keys()].sort()).toEqual(Object.keys(pages).sort());
		for (const [file, text] of Object.entries(pages)) expect(readFileSync(join(out, file), 'utf8')).toBe(text);
	});

	it('skips a recorded page whose copy is gone, leaving it to Astro', async () => {
		lastBuild({ 'a/index.html': 'A', 'b/index.html': 'B' });
		rmSync(join(cache, 'dist', 'b', 'index.html'));
		expect([...(await restoreLastBuild(url(cache), url(out), CONFIG)).restored.keys()]).toEqual(['a/index.html']);
	});

	it('after a build that stopped half-way, puts back nothing and drops Astro’s manifest, so every page renders', async () => {
		lastBuild({ 'a/index.html': 'A' });
		await restoreLastBuild(url(cache), url(out), CONFIG);
		// No dropUnbuilt: the build stopped.
		const next = await restoreLastBuild(url(cache), url(out), CONFIG);
		expect(next.restored.size).toBe(0);
		expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
		expect(existsSync(join(out, 'a', 'index.html'))).toBe(false);
	});

	it('after a build with another configuration (which Astro’s own check may miss), puts back nothing and drops Astro’s manifest', async () => {
		lastBuild({ 'a/index.html': 'A' });
		const next = await restoreLastBuild(url(cache), url(out), 'config-2');
		expect(next.restored.size).toBe(0);
		expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
		expect(existsSync(join(out, 'a', 'index.html'))).toBe(false);
		// A cache from before the configuration was recorded is not trusted either.
		lastBuild({ 'a/index.html': 'A' });
		rmSync(join(cache, 'kept-pages.config'));
		expect((await restoreLastBuild(url(cache), url(out), CONFIG)).restored.size).toBe(0);
		// The build after, with the same configuration, keeps pages again.
		lastBuild({ 'a/index.html': 'A' });
		expect([...(await restoreLastBuild(url(cache), url(out), CONFIG)).restored.keys()]).toEqual(['a/index.html']);
	});
});

describe('dropUnbuilt', () => {
	it('deletes a page put back that the build neither recorded nor wrote, keeps the rest, and clears the marker', async () => {
		lastBuild({ 'kept/index.html': 'K', 'gone/index.html': 'G', 'rewritten/index.html': 'R' });
		const kept = await restoreLastBuild(url(cache), url(out), CONFIG);
		// This build records only `kept/`, and writes `rewritten/` again without a key.
		write(join(cache, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { r: { paths: { '/kept/': { outputFile: 'kept/index.html' } } } } }));
		write(join(out, 'rewritten', 'index.html'), 'R2');
		const later = new Date(Date.now() + 1000);
		utimesSync(join(out, 'rewritten', 'index.html'), later, later);
		expect(dropUnbuilt(url(cache), url(out), kept)).toBe(1);
		expect(existsSync(join(out, 'gone'))).toBe(false);
		expect(readFileSync(join(out, 'kept', 'index.html'), 'utf8')).toBe('K');
		expect(readFileSync(join(out, 'rewritten', 'index.html'), 'utf8')).toBe('R2');
		// The build finished: the next one puts pages back again.
		expect([...(await restoreLastBuild(url(cache), url(out), CONFIG)).restored.keys()]).toEqual(['kept/index.html']);
	});
});

describe('the kept-pages integration (hook wiring, with stand-in Astro hooks)', () => {
	type Hooks = Record<string, (options: Record<string, unknown>) => unknown>;
	function start(command: 'build' | 'dev') {
		const configFile = join(base, 'astro.config.mjs');
		write(configFile, 'export default {}');
		const { hooks } = keptPages(configFile) as unknown as { hooks: Hooks };
		const updates: unknown[] = [];
		const logged: string[] = [];
		const logger = { info: (m: string) => logged.push(m) };
		const config = { cacheDir: url(cache), outDir: url(out), experimental: { incrementalBuild: true } };
		hooks['astro:config:setup']!({ command, updateConfig: (u: unknown) => updates.push(u) });
		// The fingerprint the integration will take, so the fake last build was made under this config.
		write(join(cache, 'kept-pages.config'), createHash('sha256').update(readFileSync(configFile)).digest('hex'));
		return { hooks, updates, logged, logger, config };
	}

	it('starts putting pages back when the config is known, before the build starts, and reports the count at build start', async () => {
		lastBuild({ 'a/index.html': 'A', 'b/index.html': 'B' });
		write(join(out, 'stale.html'), 'old');
		const { hooks, updates, logged, logger, config } = start('build');
		expect(updates).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
		hooks['astro:config:done']!({ config });
		// Under way already: outDir was emptied synchronously, before any other hook ran.
		expect(existsSync(join(out, 'stale.html'))).toBe(false);
		await hooks['astro:build:start']!({ logger });
		expect(logged).toEqual([`2 page(s) of the last build put back into ${out}/`]);
		expect(readFileSync(join(out, 'b', 'index.html'), 'utf8')).toBe('B');
		// A second config:done (as a restarted config would send) does not empty outDir again.
		write(join(out, 'new.html'), 'written by the build');
		hooks['astro:config:done']!({ config });
		await hooks['astro:build:start']!({ logger });
		expect(readFileSync(join(out, 'new.html'), 'utf8')).toBe('written by the build');
	});

	it('leaves outDir alone outside a build (dev, check)', async () => {
		lastBuild({ 'a/index.html': 'A' });
		write(join(out, 'stale.html'), 'old');
		const { hooks, updates, logged, logger, config } = start('dev');
		hooks['astro:config:done']!({ config });
		await hooks['astro:build:start']!({ logger });
		expect(updates).toEqual([]);
		expect(logged).toEqual([]);
		expect(readFileSync(join(out, 'stale.html'), 'utf8')).toBe('old');
		expect(existsSync(join(out, 'a'))).toBe(false);
	});
});
