/** The folder of report files the site is built from: REPORTS_DIR, else `seeds`, relative to the project root. */
import { isAbsolute, resolve } from 'node:path';

/** As configured (relative or absolute). */
export const REPORTS_FOLDER = process.env.REPORTS_DIR || 'seeds';

/** Absolute path; builds run from the project root. */
export function reportsFolderPath(root = process.cwd()): string {
	return isAbsolute(REPORTS_FOLDER) ? REPORTS_FOLDER : resolve(root, REPORTS_FOLDER);
}
