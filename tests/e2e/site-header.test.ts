/** The header at every width: its content never spills out of a sticky header's fixed height. */
import { expect, it } from 'vitest';
import { DIST } from '../fixtures/site/dist.ts';
import { useSite } from './session.ts';

const site = useSite(DIST);


it.each([375, 768, 1024, 1280])('fits the header at %ipx, with every navigation link visible', async (width) => {
	const page = await site.browser.context.newPage();
	await page.setViewportSize({ width, height: 800 });
	await page.goto(`${site.server.url}/`);
	const state = await page.evaluate(() => {
		const header = document.querySelector<HTMLElement>('.site-header')!;
		const box = header.getBoundingClientRect();
		const inside = [...header.querySelectorAll<HTMLElement>('a, input, button')].every((el) => {
			const r = el.getBoundingClientRect();
			return r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.right <= innerWidth + 1;
		});
		return { sticky: getComputedStyle(header).position === 'sticky', inside, links: header.querySelectorAll('nav a').length };
	});
	expect(state.inside).toBe(true);
	expect(state.links).toBeGreaterThanOrEqual(6);
	await page.close();
});
