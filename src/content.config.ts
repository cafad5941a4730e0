/**
 * One collection: a summary of every report of the reports folder (REPORTS_DIR, default
 * seeds/), parsed once by src/corpus and validated against its zod schema.
 */
import { defineCollection } from 'astro:content';
import { buildOptions } from './config/options.ts';
import { reportsLoader } from './loaders/reports.ts';
import { ReportSummarySchema } from './report/summary.ts';

export const collections = {
	reports: defineCollection({
		loader: reportsLoader({ folder: buildOptions().reportsDir }),
		schema: ReportSummarySchema,
	}),
};
