/**
 * Personal data never reaches a published page, JSON file or search index: mobile numbers
 * and 18-digit resident ID numbers are masked where the text is cleaned, so every later
 * stage only ever sees the masked form.
 */

/** Mainland mobile: 1[3-9] + 9 digits, not inside a longer digit run. */
const MOBILE_RE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;
/** Resident ID: 17 digits + digit or X, not inside a longer run. */
const ID_CARD_RE = /(?<![0-9Xx])[1-9][0-9]{16}[0-9Xx](?![0-9Xx])/g;

export interface Redaction {
	kind: 'mobile' | 'idCard';
}

export function maskMobile(n: string): string {
	return `${n.slice(0, 3)}****${n.slice(7)}`;
}

export function maskIdCard(n: string): string {
	return `${n.slice(0, 6)}********${n.slice(14)}`;
}

/** Masks personal numbers; returns the text and what was masked (never the numbers themselves). */
export function redact(text: string): { text: string; redactions: Redaction[] } {
	const redactions: Redaction[] = [];
	const masked = text
		.replace(ID_CARD_RE, (n) => {
			redactions.push({ kind: 'idCard' });
			return maskIdCard(n);
		})
		.replace(MOBILE_RE, (n) => {
			redactions.push({ kind: 'mobile' });
			return maskMobile(n);
		});
	return { text: masked, redactions };
}
