/** Build options read once from the environment: defaults, and errors naming the variable and what it allows. */
import { describe, expect, it } from 'vitest';
import { OptionsError, optionsEnv, readOptions } from '../../src/config/options.ts';

describe('readOptions', () => {
	it('builds everything from seeds/ by default', () => {
		expect(readOptions({})).toMatchObject({ reportsDir: 'seeds', sitePages: 'all', searchShard: 'main', searchPartSize: 1200, searchPartCache: 'on', searchIndex: 'inline', siteUrl: undefined });
	});

	it('reads each variable, and a blank one as unset', () => {
		const options = readOptions({ REPORTS_DIR: 'x', SITE_URL: 'https://example.gov.cn', SITE_PAGES: 'catalogue', SEARCH_SHARD: 'p11', SEARCH_PART_SIZE: '2', SEARCH_PART_CACHE: 'off', ASTRO_CACHE_DIR: '' });
		expect(options).toMatchObject({ reportsDir: 'x', siteUrl: 'https://example.gov.cn', sitePages: 'catalogue', searchShard: 'p11', searchPartSize: 2, searchPartCache: 'off', cacheDir: 'node_modules/.astro' });
		// A child process given optionsEnv sees the same options.
		expect(readOptions(optionsEnv(options))).toEqual(options);
	});

	it('names every bad variable, with what it allows and what it got', () => {
		let error: unknown;
		try {
			readOptions({ SITE_PAGES: 'reports', SEARCH_PART_SIZE: 'abc', SITE_URL: 'example.gov.cn', SEARCH_SHARD: 'P 1' });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(OptionsError);
		const { problems } = error as OptionsError;
		expect(problems).toContain('SITE_PAGES must be one of all, catalogue; got "reports".');
		expect(problems).toContain('SEARCH_PART_SIZE must be a positive whole number; got "abc".');
		expect(problems.find((p) => p.startsWith('SITE_URL'))).toMatch(/http\(s\) URL.*got "example\.gov\.cn"/);
		expect(problems.find((p) => p.startsWith('SEARCH_SHARD'))).toMatch(/lowercase letters/);
		expect(() => readOptions({ SEARCH_PART_SIZE: '0' })).toThrow(/SEARCH_PART_SIZE must be a positive whole number; got "0"/);
	});
});
