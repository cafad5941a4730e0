/**
 * The 加入对比 control: a toggle button, and once its report is picked a link to the
 * comparison of every pick. Used on report pages (src/components/CompareToggle.astro) and
 * in search results (src/search/browser/page.ts); a page that uses it imports its styles,
 * src/styles/compare-pick.css (a client script's CSS import does not reach the built page).
 */
import { compareReportsUrl } from '../../utils/urls.ts';
import { MAX_PICKS, MIN_PICKS, togglePick, type Pick } from '../picks.ts';
import { loadPicks, onPicksChange, savePicks } from './store.ts';

/** Controls on this page; one listener keeps them all in step, and forgets those re-rendered away. */
const mounted = new Set<{ box: HTMLElement; show: (picks: Pick[]) => void }>();
let listening = false;

function track(box: HTMLElement, show: (picks: Pick[]) => void): void {
	if (!listening) {
		listening = true;
		onPicksChange((picks) => {
			for (const control of mounted) {
				if (control.box.isConnected) control.show(picks);
				else mounted.delete(control);
			}
		});
	}
	mounted.add({ box, show });
}

export function compareControl(pick: Pick): HTMLElement {
	const box = document.createElement('span');
	box.className = 'compare-pick';
	const button = Object.assign(document.createElement('button'), { type: 'button', textContent: '加入对比' });
	button.className = 'compare-toggle';
	const note = document.createElement('span');
	note.className = 'compare-note';
	note.setAttribute('role', 'status');
	box.append(button, ' ', note);

	const show = (picks: Pick[], refused = false) => {
		const picked = picks.some((p) => p.id === pick.id);
		button.setAttribute('aria-pressed', String(picked));
		note.replaceChildren();
		if (refused) note.textContent = `最多对比 ${MAX_PICKS} 份报告，请先移出一份。`;
		else if (picked && picks.length < MIN_PICKS) note.textContent = `已选 ${picks.length} 份，再选 ${MIN_PICKS - picks.length} 份即可对比。`;
		else if (picked) {
			const link = Object.assign(document.createElement('a'), { href: compareReportsUrl(picks.map((p) => p.id)), textContent: `并排对比已选的 ${picks.length} 份报告` });
			note.append(link);
		}
	};
	button.addEventListener('click', () => {
		const result = togglePick(loadPicks(), pick);
		if (!result.refused) savePicks(result.picks);
		show(result.picks, result.refused);
	});
	track(box, show);
	show(loadPicks());
	return box;
}
