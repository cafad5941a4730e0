import { defineConfig } from 'vitest/config';

// Two projects so `npm test` can run fast unit tests before the (slower) site build,
// and browser tests only once `dist/` exists.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
					// One Chromium at a time: CI machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
