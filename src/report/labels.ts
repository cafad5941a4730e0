/**
 * Chinese labels of section types and block scopes. Free of zod (types only), so browser
 * code can import them.
 */
import type { SectionType } from './schema.ts';

export const SECTION_LABELS: Record<SectionType, string> = {
	measures: '举措成效',
	leaderDuties: '第一责任人履职',
	problems: '存在问题',
	plans: '下一年计划',
	other: '其他',
};

/** A section type, or the title block with preamble (`front`) or the sign-off (`closing`). */
export type BlockScope = SectionType | 'front' | 'closing';

/** Labels in reading order (section types as the report page names them). */
export const SCOPE_LABELS: Record<BlockScope, string> = {
	front: '标题与导语',
	measures: SECTION_LABELS.measures,
	leaderDuties: SECTION_LABELS.leaderDuties,
	problems: SECTION_LABELS.problems,
	plans: SECTION_LABELS.plans,
	other: SECTION_LABELS.other,
	closing: '结尾',
};
