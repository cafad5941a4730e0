/** Volumes planned ahead of writing (the insight downloads): every item once, in order, none over the limit unless alone. */
import { describe, expect, it } from 'vitest';
import { planVolumes, volumeName } from '../../src/exports/volumes.ts';

describe('planVolumes', () => {
	it('cuts before a volume would pass the limit, keeping order and every item', () => {
		const sizes = [4, 4, 4, 9, 1, 1, 1, 10];
		const volumes = planVolumes(sizes, 10);
		expect(volumes).toEqual([[0, 2], [2, 3], [3, 5], [5, 7], [7, 8]]);
		expect(volumes.flatMap(([a, b]) => sizes.slice(a, b))).toEqual(sizes);
		for (const [a, b] of volumes) expect(sizes.slice(a, b).reduce((n, s) => n + s, 0)).toBeLessThanOrEqual(10);
	});

	it('gives an item larger than the limit a volume of its own rather than dropping it', () => {
		expect(planVolumes([3, 25, 3], 10)).toEqual([[0, 1], [1, 2], [2, 3]]);
	});

	it('plans one empty volume for no items, so the file still exists', () => {
		expect(planVolumes([], 10)).toEqual([[0, 0]]);
	});

	it('names the first volume plainly and numbers the rest', () => {
		expect([1, 2, 3].map((n) => volumeName('similar-2023', n, 'json.gz'))).toEqual(['similar-2023.json.gz', 'similar-2023-2.json.gz', 'similar-2023-3.json.gz']);
	});
});
