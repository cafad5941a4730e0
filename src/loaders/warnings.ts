/**
 * Prints parse warnings during the build; they do not stop it (the report pages show them).
 * A large corpus gets the first LIMIT in full and then a count per kind, so the log stays readable.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { Report } from '../report/schema.ts';

const LIMIT = 50;

export function logWarnings(reports: Array<Pick<Report, 'warnings' | 'source'>>, logger: AstroIntegrationLogger): void {
	const byCode = new Map<string, number>();
	let count = 0;
	for (const report of reports) {
		for (const warning of report.warnings) {
			if (count++ < LIMIT) {
				const where = warning.line ? `${report.source.file}:${warning.line}` : report.source.file;
				logger.warn(`${where}: [${warning.code}] ${warning.message}`);
			}
			byCode.set(warning.code, (byCode.get(warning.code) ?? 0) + 1);
		}
	}
	if (count === 0) return;
	if (count > LIMIT) {
		const kinds = [...byCode].map(([code, n]) => `${code} ×${n}`).join(', ');
		logger.warn(`…and ${count - LIMIT} more (${kinds}).`);
	}
	logger.warn(`${count} warning(s) in ${reports.length} report(s); they are shown on the report pages.`);
}
