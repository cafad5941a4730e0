import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitTokens } from '../../src/search/shared/codec.ts';
import { foldChar, parseQuery, searchChars, writeQuery } from '../../src/search/shared/index.ts';

/** Each term as its matched text, for readable expectations. */
const terms = (q: string) => {
	const { include, exclude } = parseQuery(q);
	return { include: include.map((t) => t.chars.join('')), exclude: exclude.map((t) => t.chars.join('')) };
};

describe('query language', () => {
	it('splits terms on ASCII and ideographic spaces; every term must match', () => {
		expect(terms('法律顾问 行政复议')).toEqual({ include: ['法律顾问', '行政复议'], exclude: [] });
		expect(terms('  法律顾问\u3000\u3000行政复议\t')).toEqual({ include: ['法律顾问', '行政复议'], exclude: [] });
		expect(terms('法律顾问')).toEqual({ include: ['法律顾问'], exclude: [] });
		expect(terms('')).toEqual({ include: [], exclude: [] });
		expect(terms(' \u3000 ')).toEqual({ include: [], exclude: [] });
	});

	it('reads a quoted phrase as one term, quotes not searched and spaces inside ignored', () => {
		expect(terms('"法律 顾问"')).toEqual({ include: ['法律顾问'], exclude: [] });
		expect(terms('“依法\u3000行政” 普法')).toEqual({ include: ['依法行政', '普法'], exclude: [] });
		expect(terms('＂法律 顾问＂')).toEqual({ include: ['法律顾问'], exclude: [] });
		expect(parseQuery('"法律 顾问"').include[0]).toMatchObject({ text: '法律 顾问', phrase: true });
		// Unclosed: the phrase runs to the end; empty quotes are no term.
		expect(terms('普法 "依法 行政')).toEqual({ include: ['普法', '依法行政'], exclude: [] });
		expect(terms('"" 普法')).toEqual({ include: ['普法'], exclude: [] });
		// A quote inside a word is a character like any other.
		expect(terms('法"律')).toEqual({ include: ['法"律'], exclude: [] });
	});

	it('excludes a term starting with - at the start or after whitespace; other hyphens are literal', () => {
		expect(terms('法律顾问 -行政复议')).toEqual({ include: ['法律顾问'], exclude: ['行政复议'] });
		expect(terms('-宣传 普法')).toEqual({ include: ['普法'], exclude: ['宣传'] });
		expect(terms('普法 -"法治 宣传"')).toEqual({ include: ['普法'], exclude: ['法治宣传'] });
		expect(terms('2021-2025')).toEqual({ include: ['2021-2025'], exclude: [] });
		expect(terms('规划 2021-2025年')).toEqual({ include: ['规划', '2021-2025年'], exclude: [] });
		expect(terms('普法 - 宪法')).toEqual({ include: ['普法', '-', '宪法'], exclude: [] });
		expect(terms('普法 －宪法')).toEqual({ include: ['普法'], exclude: ['宪法'] });
	});

	it('knows a query of exclusions only has nothing to look for', () => {
		const q = parseQuery('-宪法 -民法典');
		expect(q.include).toEqual([]);
		expect(q.exclude.map((t) => t.text)).toEqual(['宪法', '民法典']);
	});

	it('writes terms back so that they read as the same query', () => {
		for (const q of ['法律顾问 -行政复议', '"法律 顾问" 普法', '“-x” 普法', '2021-2025 -"a b"']) {
			expect(terms(writeQuery(parseQuery(q)))).toEqual(terms(q));
		}
		fc.assert(
			fc.property(fc.array(fc.constantFrom('法', '律', ' ', '\u3000', '-', '"', '“', '”', 'a', 'Ａ'), { maxLength: 14 }), (chars) => {
				const q = chars.join('');
				expect(terms(writeQuery(parseQuery(q)))).toEqual(terms(q));
			}),
		);
	});
});

describe('full-width forms', () => {
	it('fold to half-width, then lowercase, so both forms match each other', () => {
		expect(searchChars('２０２３年ＡＢＣ（一）')).toEqual([...'2023年abc(一)']);
		expect(terms('２０２３')).toEqual(terms('2023'));
		expect(terms('ＰＰＰ')).toEqual(terms('ppp'));
		for (let cp = 0xff01; cp <= 0xff5e; cp++) expect(foldChar(String.fromCharCode(cp))).toBe(String.fromCharCode(cp - 0xfee0).toLowerCase());
		// Neighbours of the block stay themselves.
		expect(foldChar('\uff00')).toBe('\uff00');
		expect(foldChar('\uff5f')).toBe('\uff5f');
		expect(foldChar('。')).toBe('。');
	});

	it('index the same tokens whichever form the text uses', () => {
		expect(unitTokens(searchChars('共２０２３年'))).toEqual(unitTokens(searchChars('共2023年')));
	});
});
