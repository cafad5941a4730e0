/**
 * Turns source text into Markdown that renders as exactly that text.
 * Every ASCII punctuation character is backslash-escaped (CommonMark allows escaping all of
 * them), so no source character can open emphasis, a link, a heading, a list, an HTML tag or
 * an entity. Whitespace runs collapse to one space, so text can never form an indented code
 * block, a hard line break or a new block.
 */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
// C0 controls except tab/newline/CR, and DEL: not allowed in HTML text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const WHITESPACE = /[\s\u2028\u2029]+/g;

/** Collapses whitespace and drops control characters, as the page will show the text. */
export function normalizeText(text: string): string {
	return text.replace(CONTROL, '').replace(WHITESPACE, ' ').trim();
}

/** Escapes text that is already normalised (a slice of a normalised paragraph). */
export function escapeNormalized(text: string): string {
	return text.replace(ASCII_PUNCTUATION, (c) => `\\${c}`);
}

/** Markdown source that renders as `text`, literally, on one line. */
export function escapeMarkdown(text: string): string {
	return escapeNormalized(normalizeText(text));
}
