/**
 * What a top-level part is about, read from its heading by meaning: cue words for each of
 * the regulation's parts, scored, with the reporting year telling past work from plans.
 * Topical headings (强化组织领导…) carry no cue and are measures.
 */
import { arabicYears } from './dates.ts';
import type { SectionType } from './schema.ts';
import { toSimplified } from './simplify.ts';

interface Cue {
	type: SectionType;
	re: RegExp;
}

/** Order matters only for ties; a heading may hold several parts (存在的问题及下一步打算). */
const CUES: Cue[] = [
	{ type: 'other', re: /其他需要报告|其它需要报告|其他有关情况|其他事项|(问题|反馈)[^，,]{0,6}整改/ },
	{ type: 'leaderDuties', re: /第一责任人|主要负责人|履行[^，,]{0,12}职责|履职|书记[^，,]{0,12}(职责|情况)/ },
	{ type: 'problems', re: /存在的?[^，,]{0,6}(问题|不足|短板|差距)|问题[和与及、]?不足|不足[和与及、]?(原因|问题)|不足之处|问题[和与及、]?原因|薄弱环节|困难和问题|(短板|差距|不足)$/ },
	{
		type: 'plans',
		re: /下一?步|下阶段|下一阶段|下一?年度?|明年|今后|(工作|主要)(计划|打算|思路|安排|设想)|工作措施|努力方向|目标举措/,
	},
	{ type: 'measures', re: /举措|成效|做法|工作(开展)?情况|开展情况|主要工作|总体情况|完成情况|推进情况|取得/ },
];

/** Years named in a heading (`2024年…`, `二〇二四年…`). */
export function yearsIn(text: string): number[] {
	return [...arabicYears(text).matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1]));
}

/**
 * The part types a heading names, in the order they appear in it. Empty when the heading is
 * topical (no cue), which callers read as measures.
 */
export function classifyHeading(written: string, reportYear?: number): SectionType[] {
	// Cues are simplified characters; traditional headings (存在的問題) match through this.
	const heading = toSimplified(written);
	const hits: { type: SectionType; at: number }[] = [];
	for (const { type, re } of CUES) {
		const m = heading.match(re);
		if (m?.index !== undefined) hits.push({ type, at: m.index });
	}
	let types = hits.sort((a, b) => a.at - b.at).map((h) => h.type);
	// Fixing last year's problems is work done, not a problems part.
	if (types.includes('other')) return ['other'];
	if (types.includes('leaderDuties')) types = types.filter((t) => t !== 'measures');
	// 2024年…工作举措 in a 2023 report is a plan; …举措和成效 is past work.
	const future = reportYear !== undefined && yearsIn(heading).some((y) => y > reportYear);
	if (types.includes('measures') && !types.includes('plans') && future && !/成效|情况|取得/.test(heading)) {
		types = types.map((t) => (t === 'measures' ? 'plans' : t));
	}
	if (types.includes('plans') && types.includes('measures')) types = types.filter((t) => t !== 'measures');
	return [...new Set(types)];
}

/** The single type of a heading: its first cue, or measures for a topical heading. */
export function classifySection(heading: string, reportYear?: number): SectionType {
	return classifyHeading(heading, reportYear)[0] ?? 'measures';
}
