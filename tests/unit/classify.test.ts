import { describe, expect, it } from 'vitest';
import headings from '../fixtures/headings.json' with { type: 'json' };
import { classifyHeading, classifySection } from '../../src/report/classify.ts';
import { readMarker } from '../../src/report/markers.ts';

describe('classifyHeading on heading styles beyond the seeds (gold/headings.json)', () => {
	it.each(headings.headings)('$text', ({ text, types }) => {
		const marker = readMarker(text);
		expect(marker).not.toBeNull();
		const got = classifyHeading(marker!.rest, 2023);
		// A two-part heading must name both parts, in order; others one acceptable type.
		if (types.length === 2 && types.every((t) => t === 'problems' || t === 'plans')) expect(got).toEqual(types);
		else expect(types).toContain(got[0] ?? 'measures');
	});
});

describe('classifySection by meaning, not exact wording', () => {
	it.each([
		['存在的困难和问题', 'problems'],
		['工作中的短板和差距', 'problems'],
		['下一阶段工作打算', 'plans'],
		['明年工作安排', 'plans'],
		['2024年推进法治政府建设的工作举措', 'plans'],
		['2023年推进法治政府建设的工作举措和成效', 'measures'],
		['党委书记履行推进法治建设第一责任人职责情况', 'leaderDuties'],
		['上一年度法治政府建设问题整改情况', 'other'],
		['其他需要报告的事项', 'other'],
		['深化“放管服”改革', 'measures'],
	] as const)('%s → %s', (heading, type) => {
		expect(classifySection(heading, 2023)).toBe(type);
	});
});
