import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, normalizePunctuation, normalizeSpacing, stripDebris } from '../../src/report/clean.ts';
import { rejoinPageBreaks, toLines } from '../../src/report/lines.ts';
import { redact } from '../../src/report/redact.ts';

describe('normalizeSpacing', () => {
	it('drops ASCII spaces between CJK and digits, and indents', () => {
		expect(normalizeSpacing('　　2021 年，全镇 17 个村居拓展 12348 专线')).toBe('2021年，全镇17个村居拓展12348专线');
		expect(normalizeSpacing('负责人到庭应诉率 100% 以上')).toBe('负责人到庭应诉率100%以上');
	});
	it('keeps a space between two CJK phrases (slogans, joint issuers)', () => {
		expect(normalizeSpacing('“弘扬宪法精神 建设法治渝北”')).toBe('“弘扬宪法精神 建设法治渝北”');
	});
});

describe('normalizePunctuation', () => {
	it('treats half-width numbering and punctuation in Chinese text as full-width', () => {
		expect(normalizePunctuation('(五)强化司法权威')).toBe('（五）强化司法权威');
		expect(normalizePunctuation('调解320件,调解成功率98%')).toBe('调解320件，调解成功率98%');
		expect(normalizePunctuation('联系人:张琼')).toBe('联系人：张琼');
	});
	it('leaves numbers and Latin text alone', () => {
		expect(normalizePunctuation('1,000 items at 12:30 (a)')).toBe('1,000 items at 12:30 (a)');
	});
});

describe('stripDebris', () => {
	it('drops extraction bookmarks and zero-width characters', () => {
		expect(stripDebris('[bookmark: _GoBack]为提高\u200b群众')).toBe('为提高群众');
	});
});

describe('rejoinPageBreaks', () => {
	const join = (text: string) => rejoinPageBreaks(toLines(text)).map((l) => l.text);
	it('rejoins a paragraph cut mid-word by a page break', () => {
		expect(join('四是深入开展义务教育法、未成年人保护法、预防未成年人犯\n\n罪法、反家庭暴力法的学习宣传。')).toEqual([
			'四是深入开展义务教育法、未成年人保护法、预防未成年人犯罪法、反家庭暴力法的学习宣传。',
		]);
	});
	it('does not join across a sentence end, a heading or a signature', () => {
		expect(join('这是一个完整的句子，到此结束了。\n\n下一段开始了新的内容。')).toHaveLength(2);
		expect(join('持续开展民主法治村自治法治德治建设行动\n\n（三）加强公共法律服务体系建设。')).toHaveLength(2);
		expect(join('（一）深入学习贯彻习近平法治思想\n今年以来，故陵镇广泛开展学习培训。')).toHaveLength(2);
		expect(join('永安市贡川镇人民政府\n2023年12月26日')).toHaveLength(2);
	});
});

describe('redact', () => {
	it('masks mobile and ID numbers but not hotlines or long codes', () => {
		expect(redact('联系电话：15923252937）').text).toBe('联系电话：159****2937）');
		expect(redact('身份证500111199001011234。').text).toBe('身份证500111********1234。');
		expect(redact('拓展12348专线，编号123159232529370').text).toBe('拓展12348专线，编号123159232529370');
	});
});

/** Characters cleaning may legitimately change: whitespace, and half-width forms it widens. */
const WIDEN: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const comparable = (s: string) => [...s.replace(/\s+/g, '')].map((c) => WIDEN[c] ?? c).join('');

describe('cleaning never loses a non-whitespace character', () => {
	const pieces = fc.constantFrom(
		'法治', '政府', '建设', '，', '。', '、', '：', '“', '”', '（', '）', '(', ')', ',', ':', ';', '2021', '17', '%',
		' ', '  ', '\u3000', '\t', 'LED', 'a', '年', '个', '一、', '（一）', '1.', '\u00a0', '《', '》', '—',
	);
	const text = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));
	it('per line', () => {
		fc.assert(fc.property(text, (line) => comparable(cleanLine(line)) === comparable(line)), { numRuns: 2000 });
	});
	it('across page-break rejoining of whole texts', () => {
		const doc = fc.array(text, { maxLength: 12 }).map((lines) => lines.join('\n'));
		fc.assert(
			fc.property(doc, (d) => {
				const out = rejoinPageBreaks(toLines(d)).map((l) => l.text).join('');
				// Page-number-only lines are debris by design; keep them out of the comparison.
				const kept = d.split('\n').filter((l) => !/^[-—–－\s]*\d{1,3}[-—–－\s]*$/.test(l.trim()) || !l.trim()).join('');
				return comparable(out) === comparable(kept);
			}),
			{ numRuns: 1000 },
		);
	});
});
