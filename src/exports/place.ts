/** Putting a prepared file into dist/: the downloads and each report's files (src/integrations). */
import { copyFile, link, rm } from 'node:fs/promises';

/**
 * Puts `from` at `to`, replacing what is there: a hard link when `link` (free, and the bytes
 * stay one copy; only for files never rewritten in place), a copy otherwise or across file
 * systems. A missing `from` rejects (ENOENT).
 */
export async function placeFile(from: string, to: string, asLink: boolean): Promise<void> {
	await rm(to, { force: true });
	if (asLink) {
		try {
			await link(from, to);
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
		}
	}
	await copyFile(from, to);
}
