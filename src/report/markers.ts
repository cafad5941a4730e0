/**
 * Heading numbering styles, from the top of an official document's hierarchy down:
 * 一、 > （一） > 1. > （1） > ①. Half-width variants are the same style.
 */
const CN = '[一二三四五六七八九十]{1,3}';

export interface Marker {
	/** 1 = 一、 … 5 = ①; lower ranks sit higher in the outline. */
	rank: number;
	/** The numbering normalised to full width, as displayed (`（一）`, `1.`). */
	number: string;
	/** Text after the numbering. */
	rest: string;
}

const STYLES: { rank: number; re: RegExp; show: (m: RegExpMatchArray) => string }[] = [
	{ rank: 1, re: new RegExp(`^(${CN})[、，,．.]\\s*`), show: (m) => `${m[1]}、` },
	{ rank: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*`), show: (m) => `（${m[1]}）` },
	{ rank: 3, re: /^([0-9０-９]{1,2})\s*[.．、](?![0-9０-９])\s*/, show: (m) => `${m[1]}.` },
	{ rank: 4, re: /^[（(]\s*([0-9０-９]{1,2})\s*[）)]\s*/, show: (m) => `（${m[1]}）` },
	{ rank: 5, re: /^([\u2460-\u2473])\s*/, show: (m) => m[1]! },
];

export function readMarker(line: string): Marker | null {
	for (const { rank, re, show } of STYLES) {
		const m = line.match(re);
		if (m && line.length > m[0].length) return { rank, number: show(m), rest: line.slice(m[0].length) };
	}
	return null;
}

/** Longest heading we accept before a full stop; longer first sentences are run-in paragraphs. */
const MAX_RUN_IN_HEADING = 40;
/** Longest unpunctuated numbered line we still read as a heading. */
const MAX_HEADING = 64;

export interface SplitHeading {
	/** Heading text without trailing stop, or null for a long numbered paragraph. */
	heading: string | null;
	/** Text that ran on after the heading on the same line. */
	body: string;
}

/** `强化组织领导。切实发挥…` → heading 强化组织领导, body 切实发挥…. */
export function splitRunInHeading(rest: string): SplitHeading {
	const stop = rest.search(/[。！？!?]/);
	if (stop === -1) {
		return rest.length <= MAX_HEADING ? { heading: rest, body: '' } : { heading: null, body: rest };
	}
	if (stop <= MAX_RUN_IN_HEADING) {
		return { heading: rest.slice(0, stop), body: rest.slice(stop + 1).trim() };
	}
	return { heading: null, body: rest };
}

/** A numbered line that is only a heading (no sentence runs on after it). */
export function isPureHeading(line: string): boolean {
	const marker = readMarker(line);
	if (!marker) return false;
	const { heading, body } = splitRunInHeading(marker.rest);
	return heading !== null && body === '';
}
