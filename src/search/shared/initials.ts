/**
 * Type-to-filter for long place facets: a typed string matches a place name when the name
 * contains it, or when it is a run of the name's pinyin initials (`gl` → 鼓楼区). The table of
 * initials per character is computed at build time (src/search/node/place-initials.ts), so the
 * browser needs no pinyin library.
 */
import { searchChars } from './fold.ts';

/** Where the built site serves the table. */
export const INITIALS_URL = '/search/initials.json';

/** Character → every lowercase initial it can have (polyphones have several: 长 → `cz`). */
export type InitialsTable = Record<string, string>;

/** True when `typed` is empty, part of `label`, or (with a table) a run of its initials. */
export function placeMatches(label: string, typed: string, initials: InitialsTable | null): boolean {
	const needle = searchChars(typed);
	if (needle.length === 0) return true;
	const name = searchChars(label);
	if (name.join('').includes(needle.join(''))) return true;
	if (!initials || !needle.every((ch) => /^[a-z]$/.test(ch))) return false;
	const options = name.map((ch) => initials[ch] ?? ch);
	for (let i = 0; i + needle.length <= options.length; i++) {
		if (needle.every((ch, j) => options[i + j]!.includes(ch))) return true;
	}
	return false;
}
