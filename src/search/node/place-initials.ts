/** Build side of the place filter (shared/initials.ts): pinyin initials of place-name characters. */
import { pinyin } from 'pinyin-pro';
import type { InitialsTable } from '../shared/initials.ts';

const FIRST = { pattern: 'first', type: 'array', toneType: 'none' } as const;

/**
 * Every Chinese character of `names` with each initial it may be read with: its reading in
 * the name (pinyin-pro knows place polyphones: 重庆 → c) and every other reading, so a reader
 * typing either finds the place.
 */
export function placeInitials(names: Iterable<string>): InitialsTable {
	const found = new Map<string, Set<string>>();
	const add = (ch: string, initial: string) => {
		const letter = initial.toLowerCase();
		if (!/^[a-z]$/.test(letter) || !/\p{Script=Han}/u.test(ch)) return;
		let set = found.get(ch);
		if (!set) found.set(ch, (set = new Set()));
		set.add(letter);
	};
	for (const name of new Set(names)) {
		const chars = [...name];
		const inContext = pinyin(name, FIRST);
		if (inContext.length === chars.length) chars.forEach((ch, i) => add(ch, inContext[i]!));
		for (const ch of chars) for (const initial of pinyin(ch, { ...FIRST, multiple: true })) add(ch, initial);
	}
	return Object.fromEntries([...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, set]) => [ch, [...set].sort().join('')]));
}
