import { describe, expect, it } from 'vitest';
import { visibleValues } from '../../src/search/browser/facets.ts';

describe('visibleValues', () => {
	const ordered = ['a', 'b', 'c', 'd', 'e'];
	const counts = { a: 5, b: 4, c: 0, d: 2, e: 1 };

	it('lists values with matches in order, up to the limit, and counts the rest', () => {
		expect(visibleValues(ordered, counts, [], 2)).toEqual({ shown: ['a', 'b'], hidden: 2 });
		expect(visibleValues(ordered, counts, [], 10)).toEqual({ shown: ['a', 'b', 'd', 'e'], hidden: 0 });
	});

	it('always lists chosen values, even past the limit or without matches', () => {
		expect(visibleValues(ordered, counts, ['e'], 2)).toEqual({ shown: ['a', 'b', 'e'], hidden: 1 });
		expect(visibleValues(ordered, counts, ['c'], 2)).toEqual({ shown: ['a', 'b', 'c'], hidden: 2 });
	});
});
