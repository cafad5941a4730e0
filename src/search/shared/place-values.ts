/**
 * Facet values of places, shared by the indexer and the browser (no other import): the label
 * a reader sees, then the place's identity (division code), so two places of one name stay two
 * values: `市中区（枣庄市）~370402`. Labels come from src/report/places.ts.
 */

const SEPARATOR = '~';

/** The facet value of a place: its label and its key (a division code, never containing the separator). */
export function placeValue(label: string, key: string): string {
	return `${label}${SEPARATOR}${key}`;
}

/** What the search page shows for a facet value: the label; a value without a key is shown as it is. */
export function placeLabel(value: string): string {
	const at = value.lastIndexOf(SEPARATOR);
	return at < 0 ? value : value.slice(0, at);
}

/** The key of a facet value (its division code); a value without a key is its own key. */
export function placeKey(value: string): string {
	return value.slice(value.lastIndexOf(SEPARATOR) + 1);
}
