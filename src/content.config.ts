/**
 * One collection: every report of the seeds folder, parsed by src/report and validated
 * against its zod schema. REPORTS_DIR points the build at another folder (benchmarks, tests).
 */
import { defineCollection } from 'astro:content';
import { reportsLoader } from './loaders/reports.ts';
import { ReportSchema } from './report/schema.ts';

export const collections = {
	reports: defineCollection({
		loader: reportsLoader({ folder: process.env.REPORTS_DIR || 'seeds' }),
		schema: ReportSchema,
	}),
};
