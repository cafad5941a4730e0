/**
 * The picks in localStorage, shared by every 加入对比 control on every page and tab.
 * Storage may be unavailable (private modes, disabled): the controls then work for the page.
 */
import { parsePicks, type Pick } from '../picks.ts';

const KEY = 'fazhi-compare-picks';
const CHANGED = 'fazhi-compare-picks-changed';
let memory: Pick[] = [];

export function loadPicks(): Pick[] {
	try {
		return parsePicks(localStorage.getItem(KEY));
	} catch {
		return memory;
	}
}

export function savePicks(picks: Pick[]): void {
	memory = picks;
	try {
		localStorage.setItem(KEY, JSON.stringify(picks));
	} catch {
		// Kept in memory for this page only.
	}
	window.dispatchEvent(new Event(CHANGED));
}

/** Calls back on every change, in this tab or another. */
export function onPicksChange(callback: (picks: Pick[]) => void): void {
	window.addEventListener(CHANGED, () => callback(loadPicks()));
	window.addEventListener('storage', (event) => {
		if (event.key === KEY || event.key === null) callback(loadPicks());
	});
}
