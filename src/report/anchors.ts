/**
 * Stable anchor names, the same on every report (`#leader-duties`). Kept apart from the zod
 * schema so browser code that needs them does not bundle zod (about 65 KB).
 */
import type { SectionType } from './schema.ts';

export const SECTION_ANCHORS = {
	measures: 'measures',
	leaderDuties: 'leader-duties',
	problems: 'problems',
	plans: 'plans',
	other: 'other',
} as const satisfies Record<SectionType, string>;
