/** How report text is shown: the one normalisation every published block goes through. */
// C0 controls except tab/newline/CR, and DEL: not allowed in HTML text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const WHITESPACE = /[\s\u2028\u2029]+/g;

/** Collapses whitespace and drops control characters, as the page will show the text. */
export function normalizeText(text: string): string {
	return text.replace(CONTROL, '').replace(WHITESPACE, ' ').trim();
}
