/**
 * The code version of cached report artefacts: a digest of the source that turns a file into
 * an artefact (parser, published blocks, Markdown and body HTML, the insight source, this
 * folder). Another version of any of them makes every report parse and render afresh.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Folders, relative to the project root, whose code shapes an artefact. */
export const ARTEFACT_SOURCES = ['src/report', 'src/markdown', 'src/insight', 'src/corpus', 'package-lock.json'];

function files(path: string): string[] {
	try {
		return readdirSync(path, { withFileTypes: true, recursive: true })
			.filter((d) => d.isFile())
			.map((d) => join(d.parentPath, d.name))
			.sort();
	} catch {
		return [path];
	}
}

const versions = new Map<string, string>();

/** Digest of the `sources` (default: the artefact sources) under `root`, the project root. */
export function codeVersion(projectRoot: string, sources: string[] = ARTEFACT_SOURCES): string {
	// `/work/x/` and `/work/x` are one root (Astro's config root ends with a slash).
	const root = resolve(projectRoot);
	const id = `${root}\0${sources.join('\0')}`;
	let version = versions.get(id);
	if (version) return version;
	const hash = createHash('sha256');
	for (const source of sources) {
		for (const file of files(join(root, source))) {
			hash.update(file.slice(root.length)).update('\0');
			try {
				hash.update(readFileSync(file));
			} catch {
				hash.update('missing');
			}
		}
	}
	version = hash.digest('hex').slice(0, 16);
	versions.set(id, version);
	return version;
}
