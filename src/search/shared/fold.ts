/**
 * What matching treats as equal, shared by the indexer (node/records.ts), the query parser
 * (query.ts) and the report page's find bar (browser/highlight.ts), so all three fold alike.
 * Ctrl+F semantics: whitespace is ignored, Latin case is ignored, and full-width ASCII forms
 * (U+FF01–U+FF5E: ２０２３, ＡＢＣ, （）) equal their half-width forms, as browsers' find-in-page does.
 */

/** Full-width ASCII forms sit at a fixed offset above their half-width forms. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** The half-width form of a full-width ASCII character; anything else unchanged. */
export function halfWidth(ch: string): string {
	const cp = ch.codePointAt(0)!;
	return cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST ? String.fromCharCode(cp - FULL_WIDTH_OFFSET) : ch;
}

/**
 * The folded form of one character: half-width, then lowercased. Only one-to-one
 * lowercasings, so folded text keeps one character per position.
 */
export function foldChar(ch: string): string {
	const half = halfWidth(ch);
	const lower = half.toLowerCase();
	return [...lower].length === 1 ? lower : half;
}

const WHITESPACE = /\s/u;

/** True for characters that matching ignores (they are neither indexed nor queried); `\s` includes U+3000. */
export function isIgnored(ch: string): boolean {
	return WHITESPACE.test(ch) || ch === '\u200B' || ch === '\uFEFF';
}

/** Folded, whitespace-free characters of a text: what matching compares. */
export function searchChars(text: string): string[] {
	const out: string[] = [];
	for (const ch of text) if (!isIgnored(ch)) out.push(foldChar(ch));
	return out;
}
