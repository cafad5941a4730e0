/**
 * File sizes on /data/: the page is rendered before the files it lists are written, so it
 * leaves `<span data-file-size="reports.json">…</span>` slots that this fills in once the
 * build has written dist/ (hooked up in src/integrations/data-sizes.ts).
 */
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SLOT = /(<span data-file-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/** `1234` → `1.2 KB`; decimal units, as file managers show them. */
export function formatBytes(bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) (value /= 1000), unit++;
	return `${unit === 0 || value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** Fills the size slots of `<dist>/data/index.html`; fails naming every listed file the build did not write. */
export async function fillFileSizes(dist: string): Promise<void> {
	const page = join(dist, 'data', 'index.html');
	if (!existsSync(page)) return;
	const html = await readFile(page, 'utf8');
	const files = [...html.matchAll(SLOT)].map((m) => m[2]!);
	const sizes = new Map<string, number>();
	const missing: string[] = [];
	for (const file of files) {
		const size = await stat(join(dist, 'data', file)).then((s) => s.size, () => null);
		if (size === null) missing.push(file);
		else sizes.set(file, size);
	}
	if (missing.length > 0) {
		throw new Error(`/data/ lists files the build did not write: ${missing.map((f) => `data/${f}`).join(', ')}. Remove them from src/components/DataNote.astro or add their endpoints under src/pages/data/.`);
	}
	await writeFile(page, html.replace(SLOT, (_, open: string, file: string, close: string) => `${open}${formatBytes(sizes.get(file)!)}${close}`));
}
