/** Splits a list into fixed-size pages (at least one page, possibly empty). */
export function pages<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out.length > 0 ? out : [[]];
}

/** Reports per year page. */
export const YEAR_PAGE_SIZE = 100;
