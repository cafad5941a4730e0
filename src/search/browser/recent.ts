/**
 * A map that keeps only its most recently used entries. The search page caches each term's
 * matches so facet clicks and sorts do not search again; kept for the page's life, that cache
 * grew with every query of a session (a term's matches hold every matching report's
 * positions: tens of megabytes for a common term at 40,000 reports).
 */
export class RecentMap<K, V> {
	readonly #entries = new Map<K, V>();
	readonly #limit: number;

	/** `limit`: most entries kept; the least recently used go first. */
	constructor(limit: number) {
		if (!(Number.isInteger(limit) && limit > 0)) throw new Error(`RecentMap needs a positive whole limit, not ${limit}`);
		this.#limit = limit;
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The value, now the most recently used; undefined when absent. */
	get(key: K): V | undefined {
		if (!this.#entries.has(key)) return undefined;
		const value = this.#entries.get(key)!;
		this.#entries.delete(key);
		this.#entries.set(key, value);
		return value;
	}

	set(key: K, value: V): this {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		while (this.#entries.size > this.#limit) this.#entries.delete(this.#entries.keys().next().value as K);
		return this;
	}

	/** Deletes the entry; with `only`, just when its value is that one (not a later value set for the key). */
	delete(key: K, only?: V): boolean {
		if (only !== undefined && this.#entries.get(key) !== only) return false;
		return this.#entries.delete(key);
	}
}
