/** Prints parse warnings during the build; they do not stop it (the report page shows them too). */
import type { AstroIntegrationLogger } from 'astro';
import type { Report } from '../report/schema.ts';

export function logWarnings(reports: Report[], logger: AstroIntegrationLogger): void {
	let count = 0;
	for (const report of reports) {
		for (const warning of report.warnings) {
			count++;
			const where = warning.line ? `${report.source.file}:${warning.line}` : report.source.file;
			logger.warn(`${where}: [${warning.code}] ${warning.message}`);
		}
	}
	if (count > 0) logger.warn(`${count} warning(s) in ${reports.length} report(s); they are shown on the report pages.`);
}
