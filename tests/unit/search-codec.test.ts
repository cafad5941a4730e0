import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCodes, decodeContent, encodeChar, textContent, unitTokens } from '../../src/search/shared/codec.ts';
import { pagefindQuery } from '../../src/search/shared/pagefind-query.ts';
import { findAll, foldChar, searchChars } from '../../src/search/shared/index.ts';

/** What Pagefind keeps of a word: alphanumerics, lowercased (fossick/splitting.rs). */
const pagefindWord = (w: string) => [...w].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('').toLowerCase();

describe('character codes', () => {
	it('round-trips any character and survives Pagefind word normalisation', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), (s) => {
				const ch = [...s][0]!;
				const code = encodeChar(ch);
				expect(decodeCodes(code)).toBe(ch);
				expect(pagefindWord(code)).toBe(code);
				expect(code).toMatch(/^[0-9a-x][0-9a-z]{2}$|^[yz][0-9a-z]{4}$/);
			}),
		);
	});

	it('codes are prefix-free, so a pair token decodes one way only', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', minLength: 2, maxLength: 12 }), (s) => {
				const chars = [...s];
				expect(decodeCodes(chars.map(encodeChar).join(''))).toBe(s);
			}),
		);
	});

	it('a unit becomes one token per character, pairs then the lone last character', () => {
		const tokens = unitTokens(['法', '律', '顾', '问']);
		expect(tokens).toHaveLength(4);
		expect(decodeCodes(tokens[0]!)).toBe('法律');
		expect(decodeCodes(tokens[3]!)).toBe('问');
		const { chars, unitEnds } = decodeContent([...tokens, ...unitTokens(['a', '1'])].join(' '));
		expect(chars.join('')).toBe('法律顾问a1');
		expect(unitEnds).toEqual([4, 6]);
	});

	it('keeps content as text for the stored fragment, decoding to the same characters and units in a fraction of the bytes', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((s) => [...s].filter((c) => !/\s|\u200B/.test(c))).filter((u) => u.length > 0), { minLength: 1, maxLength: 6 }), (units) => {
				const content = units.map((u) => unitTokens(u).join(' ')).join(' ');
				const text = textContent(content);
				expect(decodeContent(text)).toEqual(decodeContent(content));
				expect(text.length).toBeLessThan(content.length);
			}),
		);
		// A zero-width space would be deleted by Pagefind's fragment loader: such content stays as tokens.
		const zws = unitTokens(['法', '\u200B', '律']).join(' ');
		expect(textContent(zws)).toBe(zws);
	});

	it('ignores whitespace and folds case', () => {
		expect(searchChars(' 共 28 名\u3000PPP ')).toEqual([...'共28名ppp']);
		expect(foldChar('İ')).toBe('İ');
	});
});

describe('queries', () => {
	it('maps one character to a prefix term and longer strings to quoted pair runs', () => {
		expect(pagefindQuery([])).toBeNull();
		expect(pagefindQuery(['法'])!.exact).toBe(encodeChar('法'));
		const q = pagefindQuery([...'律顾问'])!;
		expect(q.exact).toBe(`"${encodeChar('律') + encodeChar('顾')} ${encodeChar('顾') + encodeChar('问')}"`);
		expect(q.words).toEqual([encodeChar('律') + encodeChar('顾'), encodeChar('顾') + encodeChar('问')]);
		expect(pagefindQuery(['法'])!.words).toEqual([encodeChar('法')]);
	});

	it('finds non-overlapping occurrences left to right', () => {
		expect(findAll([...'aaaa'], [...'aa'])).toEqual([0, 2]);
		expect(findAll([...'法律顾问法律'], [...'法律'])).toEqual([0, 4]);
		expect(findAll([...'法'], [...'法律'])).toEqual([]);
	});

	it('a pair-token phrase occurs in a unit exactly when the string does', () => {
		// Model of Pagefind's exact phrase match over one unit's tokens.
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('法', '律', '顾', '问', '%', '1'), maxLength: 14 }), fc.string({ unit: fc.constantFrom('法', '律', '顾', '问', '%', '1'), minLength: 2, maxLength: 4 }), (text, needle) => {
				const tokens = unitTokens([...text]);
				const pairs = pagefindQuery([...needle])!.exact.slice(1, -1).split(' ');
				const phrase = tokens.some((_, k) => pairs.every((p, j) => tokens[k + j] === p));
				expect(phrase).toBe(text.includes(needle));
			}),
		);
	});
});

describe('occurrence count', async () => {
	const { occurrences } = await import('../../src/search/browser/engine.ts');
	const { findAll } = await import('../../src/search/shared/index.ts');
	it('counts occurrence starts without overlap, as Ctrl+F steps through them', () => {
		expect(occurrences([0, 10], 4)).toBe(2);
		expect(occurrences([3, 4, 5, 6], 1)).toBe(4);
		// "aaa" in "aaaaaa" starts at 0..3; Ctrl+F finds 2.
		expect(occurrences([0, 1, 2, 3], 3)).toBe(2);
		const hay = [...'aaaaaa'];
		expect(occurrences([0, 1, 2, 3], 3)).toBe(findAll(hay, [...'aaa']).length);
	});
});
