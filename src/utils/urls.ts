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
export const compareUrl = (type: SectionType) => `/compare/${SECTION_ANCHORS[type]}/`;

