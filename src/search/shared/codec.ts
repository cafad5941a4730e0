/**
 * The token alphabet shared by the indexer (Node) and the browser.
 *
 * Pagefind matches whole words, and its browser side re-segments CJK queries with
 * `Intl.Segmenter` whenever `<html lang>` is zh, ja or th. To get Ctrl+F semantics we index
 * every character position k of a text unit as ONE word: the pair (char k, char k+1), or the
 * lone last character of the unit. Every character is written as a short lowercase ASCII
 * code, so no segmenter, stemmer, lowercaser or punctuation filter on either side can touch
 * a token, and punctuation (`，` `%` `《`) is searchable like any other character.
 *
 * Codes are prefix-free: a first symbol in [0-9a-x] means 3 symbols (code points below
 * 34·36² = 44,064, which covers ASCII, CJK punctuation and all of CJK Unified Ideographs),
 * `y`/`z` mean 5 symbols (everything else, up to U+10FFFF). So a pair token decodes
 * uniquely, a token starting with code(c) always starts with character c (one-character
 * queries are Pagefind prefix searches), and a lone token (3 or 5 symbols) never equals a
 * pair token (6, 8 or 10 symbols).
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const SHORT_LEAD = 34; // leads 0-9a-x
const SHORT_LIMIT = SHORT_LEAD * 36 * 36;

function base36(n: number, width: number): string {
	let out = '';
	for (let i = 0; i < width; i++) {
		out = DIGITS[n % 36] + out;
		n = Math.floor(n / 36);
	}
	return out;
}

/** The code of one (already folded) character. */
export function encodeChar(ch: string): string {
	const cp = ch.codePointAt(0)!;
	if (cp < SHORT_LIMIT) return base36(cp, 3);
	const rest = cp - SHORT_LIMIT;
	// 2 leads × 36⁴ = 3.3M > the rest of Unicode.
	return (rest < 36 ** 4 ? 'y' : 'z') + base36(rest % 36 ** 4, 4);
}

/** Splits a run of codes back into characters. */
export function decodeCodes(codes: string): string {
	let out = '';
	let i = 0;
	while (i < codes.length) {
		const lead = codes[i]!;
		if (lead === 'y' || lead === 'z') {
			const rest = parseInt(codes.slice(i + 1, i + 5), 36) + (lead === 'z' ? 36 ** 4 : 0);
			out += String.fromCodePoint(rest + SHORT_LIMIT);
			i += 5;
		} else {
			out += String.fromCodePoint(parseInt(codes.slice(i, i + 3), 36));
			i += 3;
		}
	}
	return out;
}

/** Length in symbols of the code starting at `codes[i]`. */
export function codeLength(codes: string, i = 0): number {
	const lead = codes[i];
	return lead === 'y' || lead === 'z' ? 5 : 3;
}

/** Pagefind words for one unit: one per character position, pair then lone last. */
export function unitTokens(chars: readonly string[]): string[] {
	const codes = chars.map(encodeChar);
	return codes.map((code, k) => (k + 1 < codes.length ? code + codes[k + 1] : code));
}

/** Leads a content string kept as text (textContent) rather than as index tokens. */
const TEXT_MARK = '\u0002';

/**
 * The characters of an indexed content string and where each unit ends: from its tokens (the
 * first character of each; a lone token closes a unit), or from its text form (textContent).
 */
export function decodeContent(content: string): { chars: string[]; unitEnds: number[] } {
	const chars: string[] = [];
	const unitEnds: number[] = [];
	if (content.startsWith(TEXT_MARK)) {
		for (const unit of content.slice(TEXT_MARK.length).split('\n')) {
			chars.push(...unit);
			unitEnds.push(chars.length);
		}
		return { chars, unitEnds };
	}
	for (const token of content.split(/\s+/)) {
		if (!token) continue;
		const first = codeLength(token);
		chars.push(decodeCodes(token.slice(0, first)));
		if (first === token.length) unitEnds.push(chars.length);
	}
	return { chars, unitEnds };
}

/**
 * The text form of indexed content, for the fragment Pagefind stores with each record: the
 * browser reads characters from it (excerpts, occurrences), never tokens, and tokens write
 * each character twice in codes of 3 to 5 symbols (a fragment was 6.8 KB gzipped, 5.0 as
 * text). One line a unit. Content holding a newline or a zero-width space (which Pagefind's
 * fragment loader deletes) stays as tokens.
 */
export function textContent(content: string): string {
	const { chars, unitEnds } = decodeContent(content);
	if (chars.some((c) => c === '\n' || c === '\u200B')) return content;
	const units: string[] = [];
	let start = 0;
	for (const end of unitEnds) {
		units.push(chars.slice(start, end).join(''));
		start = end;
	}
	return TEXT_MARK + units.join('\n');
}
