/** Every internal URL in one place (the site uses trailing slashes). */
import { SECTION_ANCHORS } from '../report/anchors.ts';
import type { SectionType } from '../report/schema.ts';

export const reportUrl = (id: string) => `/reports/${id}/`;
export const reportTextUrl = (id: string) => `/reports/${id}/text.txt`;
export const yearUrl = (year: number, page = 1) => `/years/${year}/${page > 1 ? `${page}/` : ''}`;
export const compareUrl = (type: SectionType) => `/compare/${SECTION_ANCHORS[type]}/`;

