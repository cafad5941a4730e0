/** Chinese UI labels for section types, and the type ↔ anchor mapping used in URLs. */
import { SECTION_ANCHORS } from '../report/anchors.ts';
import type { SectionType } from '../report/schema.ts';

export const SECTION_LABELS: Record<SectionType, string> = {
	measures: '举措成效',
	leaderDuties: '第一责任人履职',
	problems: '存在问题',
	plans: '下一年计划',
	other: '其他',
};

/** Section types in reading order; `other` last. */
export const SECTION_TYPES = Object.keys(SECTION_LABELS) as SectionType[];

export { SECTION_ANCHORS };
