/** SITE_PAGES: which pages a build writes (a sharded build's catalogue job skips report pages). */
import { afterEach, describe, expect, it } from 'vitest';
import { buildsReportPages, pagesMode } from '../../src/utils/pages.ts';

const saved = process.env.SITE_PAGES;
afterEach(() => {
	if (saved === undefined) delete process.env.SITE_PAGES;
	else process.env.SITE_PAGES = saved;
});

describe('pagesMode', () => {
	it('builds everything by default and no report pages in a catalogue build', () => {
		delete process.env.SITE_PAGES;
		expect([pagesMode(), buildsReportPages()]).toEqual(['all', true]);
		process.env.SITE_PAGES = 'catalogue';
		expect([pagesMode(), buildsReportPages()]).toEqual(['catalogue', false]);
	});

	it('names the allowed values when given another', () => {
		process.env.SITE_PAGES = 'reports';
		expect(() => pagesMode()).toThrow('SITE_PAGES must be one of all, catalogue; got "reports".');
	});
});
