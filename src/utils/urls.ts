/** Every internal URL in one place (the site uses trailing slashes). */
import { SECTION_ANCHORS } from '../report/anchors.ts';
import type { SectionType } from '../report/schema.ts';

export const reportUrl = (id: string) => `/reports/${id}/`;
export const reportTextUrl = (id: string) => `/reports/${id}/text.txt`;
/** The original file's ending as published (`docx`, `htm`), lower case. */
export const originalExtension = (file: string) => (/\.([A-Za-z0-9]+)$/.exec(file)?.[1] ?? 'txt').toLowerCase();
/** The original file as published (`/reports/<id>/original.docx`). */
export const reportOriginalUrl = (id: string, file: string) => `/reports/${id}/original.${originalExtension(file)}`;
export const yearUrl = (year: number, page = 1) => `/years/${year}/${page > 1 ? `${page}/` : ''}`;
/** A part type's comparison overview (src/utils/compare.ts). */
export const compareUrl = (type: SectionType) => `/compare/${SECTION_ANCHORS[type]}/`;

/** Side by side: the chosen reports, in order, are the page's whole state. */
export const compareReportsUrl = (ids: string[]) => `/compare/reports/${ids.length ? `?${ids.map((id) => `r=${encodeURIComponent(id)}`).join('&')}` : ''}`;
/** 缺项一览: the overview, or a province's page (`page` beyond the first). */
export const completenessUrl = (provinceSlug?: string, page = 1) =>
	`/completeness/${provinceSlug ? `${provinceSlug}/` : ''}${provinceSlug && page > 1 ? `${page}/` : ''}`;
export const completenessCsvUrl = '/data/completeness.csv';
