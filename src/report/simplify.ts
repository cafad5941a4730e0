/**
 * Traditional → simplified Chinese, used only to *match* place names (the report text itself
 * is published as written).
 *
 * Why opencc-js: it is the maintained JavaScript port of OpenCC, the reference converter
 * (MIT/Apache-2.0, no dependencies, dictionaries bundled so it works offline). Its `t2cn`
 * entry point carries only the traditional→simplified tables (~110 kB), not the 1.2 MB full
 * bundle. A hand-made character map would miss phrase-level rules and the
 * CJK-compatibility ideographs that PDF extraction sometimes produces, which OpenCC's
 * Taiwan preset normalises first.
 *
 * Caveat for callers: OpenCC also rewrites a few characters that simplified text keeps in
 * place names (乾安县 → 干安县). Normalise *both* sides of a comparison with this function,
 * never only one.
 */
import { Converter } from 'opencc-js/t2cn';

interface Simplifier {
	convert: (text: string) => string;
	/** Code points the conversion changes on their own. */
	changing: Set<number>;
}

let simplifier: Simplifier | null = null;

export function toSimplified(s: string): string {
	simplifier ??= buildSimplifier();
	// Almost every report is already simplified: skipping those saves ~0.3 ms per 5,000 characters.
	return mayChange(s, simplifier.changing) ? simplifier.convert(s) : s;
}

/** A plain loop: much faster than a regex with a 4,000-character class. */
function mayChange(s: string, changing: Set<number>): boolean {
	for (let i = 0; i < s.length; i++) {
		const unit = s.charCodeAt(i);
		// Only CJK ideographs (U+3400 up, surrogate pairs included) can change.
		if (unit >= 0x3400 && changing.has(s.codePointAt(i)!)) return true;
	}
	return false;
}

/** Unicode blocks of CJK ideographs (BMP, compatibility, and the supplementary planes). */
const CJK_RANGES: [number, number][] = [
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
	[0xf900, 0xfaff],
	[0x20000, 0x2a6df],
	[0x2a700, 0x2ebef],
	[0x2f800, 0x2fa1f],
	[0x30000, 0x3134f],
];

/**
 * The converter, and the characters it changes on its own, found by asking it once (~50 ms).
 * Text with none of them is returned as is. That skips OpenCC's phrase rules for it
 * (反覆 → 反复: both characters are also simplified), which matter only inside genuinely
 * traditional text, and such text always has characters that change alone (國, 鎮, 縣).
 */
function buildSimplifier(): Simplifier {
	const convert = Converter({ from: 'tw', to: 'cn' });
	const chars: string[] = [];
	for (const [from, to] of CJK_RANGES) for (let cp = from; cp <= to; cp++) chars.push(String.fromCodePoint(cp));
	const converted = convert(chars.join('\n')).split('\n');
	if (converted.length !== chars.length) throw new Error('opencc-js: one-character conversion changed the line count');
	const changing = new Set(chars.filter((c, i) => converted[i] !== c).map((c) => c.codePointAt(0)!));
	return { convert, changing };
}
