/** Page sizes and URLs of the paginated insight pages: they stay light at any library size. */
import type { LawKind } from '../../insight/index.ts';

/** Laws per kind shown on /laws/ before "全部" links to the kind's own pages. */
export const LAWS_PER_KIND_PREVIEW = 30;
/** Laws per page of a kind's list. */
export const LAWS_PAGE_SIZE = 200;
/** Citing reports per page of a law. */
export const CITING_PAGE_SIZE = 50;
/** Figures (rows, one value each) per page of the indicator table and of the 存疑 list. */
export const FIGURES_PAGE_SIZE = 200;

const suffix = (page: number) => (page > 1 ? `${page}/` : '');
export const lawPageUrl = (id: string, page = 1) => `/laws/${id}/${suffix(page)}`;
export const kindUrl = (kind: LawKind, page = 1) => `/laws/kinds/${kind}/${suffix(page)}`;
export const figuresUrl = (page = 1) => `/figures/${suffix(page)}`;
export const doubtfulUrl = (page = 1) => `/figures/doubtful/${suffix(page)}`;
