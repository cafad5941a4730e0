/**
 * Record metadata that Pagefind must not make searchable. Pagefind indexes every meta value
 * as words; our tokens are lowercase ASCII, so meta is stored with every ASCII character
 * shifted into the Box Drawing block (not alphanumeric: it yields no index words at all).
 * Non-ASCII text (Chinese labels) stays readable and can never equal an ASCII token.
 */
const SHIFT = 0x2500 - 0x20;

export function hideAscii(text: string): string {
	return text.replace(/[\u0020-\u007e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + SHIFT));
}

export function showAscii(text: string): string {
	return text.replace(/[\u2500-\u255e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - SHIFT));
}

/** One unit of a record: its anchor, its part (index into `parts`), and how to restore its original text. */
export interface RecordUnit {
	/** Anchor on the report page. */
	a: string;
	/** Index of the part in `RecordInfo.p`. */
	p: number;
	/** Original-text patches: [position, text shown instead of the folded character]. */
	x?: Array<[number, string]>;
}

/** What a result needs besides the indexed text, stored (hidden) in the record's meta. */
export interface RecordInfo {
	/** Report id. */
	id: string;
	/** Title. */
	t: string;
	/** Year reported on. */
	y: number;
	/** Place line (province · county · township). */
	g: string;
	/** Parts: [anchor, scope, label]. */
	p: Array<[string, string, string]>;
	/** Units, in content order. */
	u: RecordUnit[];
}

export const META_KEY = 'info';

export function encodeInfo(info: RecordInfo): string {
	return hideAscii(JSON.stringify(info));
}

export function decodeInfo(meta: string): RecordInfo {
	return JSON.parse(showAscii(meta)) as RecordInfo;
}
