/** The year a report is about: the title's, else the body's own words, else its issue date. */
import type { Line } from './lines.ts';
import { yearsIn } from './classify.ts';
import { arabicYears } from './dates.ts';
import { toSimplified } from './simplify.ts';

export interface YearFinding {
	year: number | null;
	/** Where it came from, for the warning when it is a guess. */
	from: 'title' | 'body' | 'issuedDate' | null;
}

const PLAUSIBLE = (y: number) => y >= 1990 && y <= 2100;
/** 现将2024年法治政府建设工作报告如下 / 2024年以来 / 2023年度. */
const BODY_YEAR_RES = [/现将\s*(\d{4})\s*年/, /(\d{4})\s*年(?:度|以来|，|,|是|我)/, /(\d{4})\s*年/];

export function findReportYear(title: string | null, preamble: Line[], issuedDate: string | null): YearFinding {
	const fromTitle = title ? yearsIn(title).find(PLAUSIBLE) : undefined;
	if (fromTitle) return { year: fromTitle, from: 'title' };
	const opening = arabicYears(toSimplified(preamble.slice(0, 3).map((l) => l.text).join('\n')));
	for (const re of BODY_YEAR_RES) {
		const m = opening.match(re);
		if (m && PLAUSIBLE(Number(m[1]))) return { year: Number(m[1]), from: 'body' };
	}
	if (issuedDate) {
		// Annual reports are filed from December to the spring after the year they cover.
		const [y, m] = issuedDate.split('-').map(Number) as [number, number];
		return { year: m >= 9 ? y : y - 1, from: 'issuedDate' };
	}
	return { year: null, from: null };
}
