/**
 * Stable anchor names, the same on every report (`#leader-duties`), and the other facts URLs
 * carry. Kept apart from the zod schema so browser code that needs them does not bundle zod
 * (about 65 KB).
 */
import type { SectionType } from './schema.ts';

export const SECTION_ANCHORS = {
	measures: 'measures',
	leaderDuties: 'leader-duties',
	problems: 'problems',
	plans: 'plans',
	other: 'other',
} as const satisfies Record<SectionType, string>;

/** The four parts every annual report must have (everything but `other`), in reading order. */
export const REQUIRED_SECTION_TYPES = ['measures', 'leaderDuties', 'problems', 'plans'] as const satisfies readonly SectionType[];

/** A report id as URLs carry it (`chongqing-dazu-wanguzhen-2023`). */
export const REPORT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
