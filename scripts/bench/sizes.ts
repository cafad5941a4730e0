/** Bytes on disk of a built site, and of parts of it. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function folderBytes(dir: string): number {
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
	}
	return total;
}

/** Largest file under `dir` whose name matches, e.g. the biggest report page. */
export function largestFile(dir: string, match: RegExp): { path: string; bytes: number } | null {
	let best: { path: string; bytes: number } | null = null;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !match.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		const bytes = statSync(path).size;
		if (!best || bytes > best.bytes) best = { path, bytes };
	}
	return best;
}

/** Files under `dir`, and bytes per top-level folder (where a build's bytes go). */
export function distBreakdown(dir: string): { files: number; byFolder: Record<string, number> } {
	let files = 0;
	const byFolder: Record<string, number> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		files++;
		const top = entry.parentPath === dir ? '(root)' : entry.parentPath.slice(dir.length + 1).split('/')[0]!;
		byFolder[top] = (byFolder[top] ?? 0) + statSync(join(entry.parentPath, entry.name)).size;
	}
	return { files, byFolder };
}
