import { describe, expect, it } from 'vitest';
import { placeInitials } from '../../src/search/node/place-initials.ts';
import { placeMatches } from '../../src/search/shared/index.ts';

describe('place filter', () => {
	const table = placeInitials(['重庆市', '长寿区', '鼓楼区', '市中区', '万古镇', '新华街道']);

	it('keeps every reading of a place-name character, and only Chinese characters', () => {
		expect(table['重']).toContain('c');
		expect(table['重']).toContain('z');
		expect(table['长']).toContain('c');
		expect(table['鼓']).toBe('g');
		expect(Object.keys(table).every((ch) => /\p{Script=Han}/u.test(ch))).toBe(true);
	});

	it('matches names by substring, or by a run of pinyin initials', () => {
		expect(placeMatches('鼓楼区', '鼓楼', table)).toBe(true);
		expect(placeMatches('鼓楼区', 'gl', table)).toBe(true);
		expect(placeMatches('鼓楼区', 'GLQ', table)).toBe(true);
		expect(placeMatches('鼓楼区', 'lq', table)).toBe(true);
		expect(placeMatches('鼓楼区', 'gq', table)).toBe(false);
		expect(placeMatches('重庆市', 'cq', table)).toBe(true);
		expect(placeMatches('长寿区', 'cs', table)).toBe(true);
		expect(placeMatches('市中区（枣庄市）', 'szq', table)).toBe(true);
		expect(placeMatches('万古镇', '', table)).toBe(true);
		// Without the table (not loaded yet) names still match, initials do not.
		expect(placeMatches('万古镇', '万古', null)).toBe(true);
		expect(placeMatches('万古镇', 'wg', null)).toBe(false);
	});
});
