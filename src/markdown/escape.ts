/**
 * Turns source text into Markdown that renders as exactly that text.
 * Every ASCII punctuation character is backslash-escaped (CommonMark allows escaping all of
 * them), so no source character can open emphasis, a link, a heading, a list, an HTML tag or
 * an entity. Whitespace runs collapse to one space, so text can never form an indented code
 * block, a hard line break or a new block.
 */
import { normalizeText } from '../report/text.ts';

const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Escapes text that is already normalised (a slice of a normalised paragraph). */
export function escapeNormalized(text: string): string {
	return text.replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/** Markdown source that renders as `text`, literally, on one line. */
export function escapeMarkdown(text: string): string {
	return escapeNormalized(normalizeText(text));
}
