/**
 * The query language, shared by the search page, the report page's find bar and the
 * indexer's tests. What Chinese users type:
 * - whitespace (ASCII or U+3000) separates terms; a report matches when it holds every term;
 * - `"…"` or `“…”` is one phrase: the quotes are not searched, spaces inside are ignored;
 * - a term starting with `-` (at the start or after whitespace) excludes reports holding it;
 *   a hyphen anywhere else (2021-2025) is literal, and so is a lone `-`;
 * - each term matches as Ctrl+F does (see fold.ts). Full-width quote and hyphen (＂ －) work as
 *   the half-width ones, since the syntax is read on half-width forms too.
 */
import { halfWidth, searchChars } from './fold.ts';

export interface QueryTerm {
	/** The term as typed, without its quotes or leading `-`. */
	text: string;
	/** Folded, whitespace-free characters it matches. */
	chars: string[];
	/** True when it was quoted. */
	phrase: boolean;
}

export interface ParsedQuery {
	/** Terms every result holds, in the order typed. */
	include: QueryTerm[];
	/** Terms no result holds. */
	exclude: QueryTerm[];
}

const SPACE = /\s/u;
const CLOSERS: Record<string, string> = { '"': '"”', '“': '”"' };

/** Splits what a reader typed into terms. Empty terms (`""`) are dropped, repeated ones kept once. */
export function parseQuery(raw: string): ParsedQuery {
	const chars = [...raw];
	const syntax = chars.map(halfWidth);
	const parsed: ParsedQuery = { include: [], exclude: [] };
	const seen = new Set<string>();
	let i = 0;
	while (i < chars.length) {
		if (SPACE.test(chars[i]!)) {
			i++;
			continue;
		}
		let exclude = false;
		if (syntax[i] === '-' && i + 1 < chars.length && !SPACE.test(chars[i + 1]!)) {
			exclude = true;
			i++;
		}
		const closers = CLOSERS[syntax[i]!];
		let text: string;
		if (closers) {
			let end = i + 1;
			while (end < chars.length && !closers.includes(syntax[end]!)) end++;
			text = chars.slice(i + 1, end).join('');
			i = end + 1;
		} else {
			let end = i;
			while (end < chars.length && !SPACE.test(chars[end]!)) end++;
			text = chars.slice(i, end).join('');
			i = end;
		}
		const term = { text: text.trim(), chars: searchChars(text), phrase: Boolean(closers) };
		const key = `${exclude ? '-' : '+'}${term.chars.join('')}`;
		if (term.chars.length === 0 || seen.has(key)) continue;
		seen.add(key);
		(exclude ? parsed.exclude : parsed.include).push(term);
	}
	return parsed;
}

/** True when there is nothing to look for (no terms, or exclusions only). */
export function needsTerm(query: ParsedQuery): boolean {
	return query.include.length === 0;
}

/**
 * One term as it would be typed, quoted only when it must be to read back as one term (a
 * phrase's text never holds a closing quote, so quoting it is safe).
 */
function writeTerm(term: QueryTerm, exclude: boolean): string {
	const { text } = term;
	// `-x` written after an exclusion's own `-` stays a term starting with a hyphen.
	const quoted = SPACE.test(text) || /^["“＂]/.test(text) || (!exclude && text.length > 1 && /^[-－]/.test(text));
	return `${exclude ? '-' : ''}${quoted ? `“${text}”` : text}`;
}

/** The query text of some terms: what a "drop this term" link searches. */
export function writeQuery(query: ParsedQuery): string {
	return [...query.include.map((t) => writeTerm(t, false)), ...query.exclude.map((t) => writeTerm(t, true))].join(' ');
}

/** Start positions of the occurrences of `needle` in `hay`, left to right and not overlapping, as Ctrl+F steps through them. */
export function findAll(hay: readonly string[], needle: readonly string[]): number[] {
	const out: number[] = [];
	if (needle.length === 0) return out;
	let i = 0;
	outer: while (i + needle.length <= hay.length) {
		for (let j = 0; j < needle.length; j++) {
			if (hay[i + j] !== needle[j]) {
				i++;
				continue outer;
			}
		}
		out.push(i);
		i += needle.length;
	}
	return out;
}
