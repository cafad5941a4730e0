/** The search page's bounded term cache (src/search/browser/recent.ts). */
import { describe, expect, it } from 'vitest';
import { RecentMap } from '../../src/search/browser/recent.ts';

describe('RecentMap', () => {
	it('keeps at most its limit, dropping the least recently used first', () => {
		const map = new RecentMap<string, number>(3);
		for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) map.set(key, i);
		expect(map.size).toBe(3);
		expect(map.get('a')).toBeUndefined();
		expect([map.get('b'), map.get('c'), map.get('d')]).toEqual([1, 2, 3]);
	});

	it('counts a read as a use: a term searched again outlives newer ones', () => {
		const map = new RecentMap<string, number>(2);
		map.set('a', 1).set('b', 2);
		expect(map.get('a')).toBe(1);
		map.set('c', 3);
		expect(map.get('b')).toBeUndefined();
		expect(map.get('a')).toBe(1);
		expect(map.get('c')).toBe(3);
	});

	it('setting a key again replaces its value without growing', () => {
		const map = new RecentMap<string, number>(2);
		map.set('a', 1).set('a', 2);
		expect(map.size).toBe(1);
		expect(map.get('a')).toBe(2);
	});

	it('deletes a key only while it still holds the given value', () => {
		const map = new RecentMap<string, number>(2);
		map.set('a', 1).set('a', 2);
		expect(map.delete('a', 1)).toBe(false);
		expect(map.get('a')).toBe(2);
		expect(map.delete('a', 2)).toBe(true);
		expect(map.get('a')).toBeUndefined();
	});

	it('refuses a limit that is not a positive whole number', () => {
		expect(() => new RecentMap(0)).toThrow(/positive whole limit/);
		expect(() => new RecentMap(1.5)).toThrow(/positive whole limit/);
	});
});
