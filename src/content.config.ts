/**
 * One collection: what listings need of every report of the reports folder (REPORTS_DIR,
 * default seeds/), parsed once by src/corpus and validated against its zod schema; a page
 * needing a report's whole summary reads it from the cache (src/utils/library.ts `reportSummary`).
 */
import { defineCollection } from 'astro:content';
import { buildOptions } from './config/options.ts';
import { reportsLoader } from './loaders/reports.ts';
import { ReportListingSchema } from './report/summary.ts';

export const collections = {
	reports: defineCollection({
		loader: reportsLoader({ folder: buildOptions().reportsDir }),
		schema: ReportListingSchema,
	}),
};
