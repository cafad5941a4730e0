/** Putting a prepared file into dist/: the downloads and each report's files (src/integrations). */
import { copyFileSync, linkSync, rmSync } from 'node:fs';

/**
 * Puts `from` at `to`, replacing what is there: a hard link when `link` (free, and the bytes
 * stay one copy; only for files never rewritten in place), a copy otherwise or across file
 * systems. A missing `from` throws (ENOENT).
 */
export function placeFile(from: string, to: string, link: boolean): void {
	rmSync(to, { force: true });
	if (link) {
		try {
			linkSync(from, to);
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
		}
	}
	copyFileSync(from, to);
}
