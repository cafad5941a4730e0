/** Chinese UI labels for section types, and the type ↔ anchor mapping used in URLs. */
import { SECTION_ANCHORS } from '../report/anchors.ts';
import type { SectionType } from '../report/schema.ts';
import { SECTION_LABELS } from '../report/labels.ts';

export { SECTION_LABELS } from '../report/labels.ts';

/** Section types in reading order; `other` last. */
export const SECTION_TYPES = Object.keys(SECTION_LABELS) as SectionType[];

export { SECTION_ANCHORS };
