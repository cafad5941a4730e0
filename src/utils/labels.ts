/** Chinese UI labels for section types, and the type ↔ anchor mapping used in URLs. */
import { SECTION_ANCHORS } from '../report/anchors.ts';
import type { SectionType, SidecarFact, SourceFormat } from '../report/schema.ts';
import { SECTION_LABELS } from '../report/labels.ts';

export { SECTION_LABELS } from '../report/labels.ts';

/** Section types in reading order; `other` last. */
export const SECTION_TYPES = Object.keys(SECTION_LABELS) as SectionType[];

export { SECTION_ANCHORS };

/** How the original file of a report is named to readers. */
export const FORMAT_LABELS: Record<SourceFormat, string> = {
	txt: '纯文本（.txt）',
	docx: 'Word 文档（.docx）',
	pdf: 'PDF 文件（.pdf）',
	html: '网页（.html）',
};

/** Report facts that sources.csv may supply, as the report page names them. */
export const SIDECAR_FACT_LABELS: Record<SidecarFact, string> = {
	province: '省份',
	city: '地市',
	county: '区县',
	township: '乡镇（街道）',
	reportYear: '报告年度',
	title: '标题',
};
