/** Warnings a reader should see on the report page. Messages are Chinese UI copy. */
import { yearsIn } from './classify.ts';
import type { Redaction } from './redact.ts';
import { REQUIRED_SECTION_TYPES, type ReportWarning, type Section, type SectionType } from './schema.ts';

export const PART_NAMES: Record<SectionType, string> = {
	measures: '主要举措和成效',
	leaderDuties: '党政主要负责人履行推进法治建设第一责任人职责情况',
	problems: '存在的问题',
	plans: '下一年度工作安排',
	other: '其他',
};

export function missingParts(sections: Section[]): ReportWarning[] {
	const present = new Set(sections.map((s) => s.type));
	return REQUIRED_SECTION_TYPES
		.filter((t) => !present.has(t))
		.map((t) => ({ code: 'missing-part', message: `未找到“${PART_NAMES[t]}”部分。` }));
}

/** The plans heading should name the year after the reporting year (000 says 2023 for 2024). */
export function plansYearMismatch(sections: Section[], reportYear: number): ReportWarning[] {
	const headings = new Set(sections.filter((s) => s.type === 'plans').map((s) => s.groupHeading ?? s.heading ?? ''));
	return [...headings].flatMap((h) => {
		const years = yearsIn(h);
		if (years.length === 0 || years.includes(reportYear + 1)) return [];
		return [
			{
				code: 'plans-year-mismatch',
				message: `标题年份与内容不一致：工作安排部分标题“${h}”写作${years.join('、')}年，按报告年度${reportYear}年应为${reportYear + 1}年。`,
			},
		];
	});
}

const KIND_NAMES: Record<Redaction['kind'], string> = { mobile: '手机号码', idCard: '身份证号码' };

/** The message names no line: readers see the cleaned text, not the source file's lines (`line` keeps it for the data). */
export function redactionWarning(redactions: Redaction[], line: number): ReportWarning[] {
	return redactions.map((r) => ({ code: 'redacted', message: `已隐去一处${KIND_NAMES[r.kind]}（个人信息不公开）。`, line }));
}

/**
 * Whether the report's original file may be published: not when the parser masked personal
 * data in its text, as the file still holds it unmasked. (Data in parts of a file the parser
 * never reads, such as a .docx page footer, is not seen here.)
 */
export function publishesOriginal(warnings: ReportWarning[]): boolean {
	return !warnings.some((w) => w.code === 'redacted');
}
