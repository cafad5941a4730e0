/**
 * GB/T 7714-style references: 发文机关. 标题[R]. 日期. URL
 * The page passes the permalink path; the copy script makes it absolute in the browser.
 */
import type { Report } from '../report/schema.ts';

/** Reference without the URL (the URL is appended where the link is known). */
export function citation(report: Pick<Report, 'issuers' | 'title' | 'issuedDate' | 'reportYear'>): string {
	const issuers = report.issuers.length > 0 ? report.issuers.join(', ') : '佚名';
	return report.issuedDate ? `${issuers}. ${report.title}[R]. ${report.issuedDate}.` : `${issuers}. ${report.title}[R].`;
}

