/**
 * One collection: every report of the seeds folder, parsed by src/report and validated
 * against its zod schema. REPORTS_DIR points the build at another folder (benchmarks, tests).
 */
import { defineCollection } from 'astro:content';
import { reportsLoader } from './loaders/reports.ts';
import { ReportSchema } from './report/schema.ts';
import { REPORTS_FOLDER } from './utils/reports-folder.ts';

export const collections = {
	reports: defineCollection({
		loader: reportsLoader({ folder: REPORTS_FOLDER }),
		schema: ReportSchema,
	}),
};
