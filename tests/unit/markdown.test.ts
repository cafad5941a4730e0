import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/markdown/blocks.ts';
import { blocksMarkdown, emphasisMarkdown } from '../../src/markdown/build.ts';
import { escapeMarkdown } from '../../src/markdown/escape.ts';
import { leadRanges } from '../../src/report/lead.ts';
import { publishedBlocks } from '../../src/report/published.ts';
import { normalizeText } from '../../src/report/text.ts';
import { ReportSchema, type Report } from '../../src/report/schema.ts';
import { render, textOf } from './markdown-render.ts';

const HOSTILE = [
	'<script>alert(1)</script>',
	'<img src=x onerror="alert(1)">',
	'[点我](javascript:alert(1))',
	'**不是粗体** __也不是__ *斜体*',
	'# 不是标题',
	'---',
	'1. 不是列表',
	'- 不是列表',
	'> 不是引用',
	'&amp; &lt;b&gt; &#x41;',
	'`code` ```fence```',
	'<!-- comment --> <![CDATA[x]]>',
	'<https://example.com> ![图](x.png)',
	'    缩进不是代码块',
	'行尾两个空格  \n不换行',
	'a\\*b\\',
	'=====',
	'[ref]: https://example.com',
];

/** Markdown of one paragraph as the builder writes it: normalised text, lead phrases emphasised. */
function paragraphMarkdown(raw: string, prefix = ''): string {
	const text = normalizeText(prefix + raw);
	return emphasisMarkdown({ text, emphasis: leadRanges(text) });
}

const reportMarkdown = (report: Report) => blocksMarkdown(publishedBlocks(report));

/** The single block a one-paragraph Markdown renders to: tag and inner HTML. */
async function renderOne(markdown: string) {
	const html = (await render(markdown)).trim();
	const match = /^<(\w+)>(.*)<\/\1>$/s.exec(html);
	expect(match, html).not.toBeNull();
	return { tag: match![1], inner: match![2]! };
}

describe('escapeMarkdown', () => {
	it.each(HOSTILE)('renders %j as its own text in one paragraph', async (text) => {
		const { tag, inner } = await renderOne(escapeMarkdown(text));
		expect(tag).toBe('p');
		expect(inner).not.toMatch(/<(?!\/?p>)/); // no element at all inside
		expect(textOf(inner)).toBe(normalizeText(text));
	});

	it('renders any text literally (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), async (text) => {
				const normalized = normalizeText(text);
				fc.pre(normalized !== '');
				const { tag, inner } = await renderOne(escapeMarkdown(text));
				expect(tag).toBe('p');
				expect(inner).not.toContain('<');
				expect(textOf(inner)).toBe(normalized);
			}),
			{ numRuns: 300 },
		);
	});

	it('collapses whitespace so text never starts a new block', () => {
		expect(escapeMarkdown('  a\n\n  # b\t\tc  ')).toBe('a \\# b c');
	});
});

describe('lead phrases', () => {
	it.each([
		['一是加强组织领导。成立领导小组。', '<strong>一是加强组织领导。</strong>成立领导小组。'],
		['1.健全工作机制。成立以党委书记为组长的小组。', '<strong>1.健全工作机制。</strong>成立以党委书记为组长的小组。'],
		['（二）强化监督。全年检查12次。', '<strong>（二）强化监督。</strong>全年检查12次。'],
		['第一，坚持学法。每月一次。', '<strong>第一，坚持学法。</strong>每月一次。'],
	])('emphasises the lead of %j next to CJK punctuation', async (text, html) => {
		const { inner } = await renderOne(paragraphMarkdown(text));
		expect(inner).toBe(html);
	});

	it('emphasises later ordinal clauses, merging adjacent ones', async () => {
		const { inner } = await renderOne(paragraphMarkdown('一是宣传单一。二是力量不足。三是经费保障不到位，影响了全镇法治宣传工作的深入开展和群众满意度的持续提升。'));
		expect(inner).toBe('<strong>一是宣传单一。二是力量不足。三是</strong>经费保障不到位，影响了全镇法治宣传工作的深入开展和群众满意度的持续提升。');
	});

	it('emphasises only the marker of a long first sentence, and nothing in ordinary text', () => {
		expect(leadRanges('一是全面贯彻落实习近平法治思想和中央全面依法治国工作会议精神及县委全面依法治县工作会议精神。')).toEqual([[0, 2]]);
		expect(leadRanges('唯一是这样。这是一个句子。')).toEqual([]);
		expect(leadRanges('2023年，我镇坚持依法行政。')).toEqual([]);
		expect(leadRanges('1.5亿元资金已全部到位。')).toEqual([]);
	});

	it('never changes the text it emphasises (property)', async () => {
		const pieces = ['一是', '二是', '第一，', '1.', '（一）', '①', '。', '；', '：', '，', '**', '*', '_', '<b>', '</b>', '<', '>', '&amp;', '`', '#', '[x](javascript:y)', ':', ';', 'a', 'Z', '2', ' ', '\\', '加强领导', '中', '“', '”'];
		const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((a) => a.join(''));
		await fc.assert(
			fc.asyncProperty(text, fc.constantFrom('', '（二）', '1.'), async (t, prefix) => {
				const expected = normalizeText(prefix + t);
				fc.pre(expected !== '');
				const { tag, inner } = await renderOne(paragraphMarkdown(t, prefix));
				expect(tag).toBe('p');
				expect(inner.replace(/<\/?strong>/g, '')).not.toContain('<');
				expect(textOf(inner)).toBe(expected);
			}),
			{ numRuns: 400 },
		);
	});

	it('keeps hostile text inside a lead phrase literal', async () => {
		const { inner } = await renderOne(paragraphMarkdown('一是<b>加强</b>**领导**。后文'));
		expect(inner).toBe('<strong>一是&#x3C;b>加强&#x3C;/b>**领导**。</strong>后文');
	});

	it('puts a run-in number before the first paragraph', async () => {
		const { inner } = await renderOne(paragraphMarkdown('严格规范公正文明执法。全年开展行政检查52件。', '（二）'));
		expect(textOf(inner)).toBe('（二）严格规范公正文明执法。全年开展行政检查52件。');
		expect(inner.startsWith('<strong>（二）严格规范公正文明执法。</strong>')).toBe(true);
	});
});

describe('blocksMarkdown', () => {
	const reports = ReportSchema.array().parse(JSON.parse(readFileSync('tests/fixtures/site/reports.json', 'utf8'))) as Report[];

	it.each(reports.map((r) => [r.id, r] as const))('renders %s to one block per anchor, in order', async (_id, report) => {
		const built = reportMarkdown(report);
		const blocks = splitBlocks(await render(built.markdown), built.ids);
		expect([...blocks.keys()]).toEqual(built.ids);
		expect(new Set(built.ids).size).toBe(built.ids.length);
		const paragraphIds = [
			...report.preamble,
			...report.sections.flatMap((s) => [...s.paragraphs, ...s.children.flatMap((c) => [...c.paragraphs, ...c.children.flatMap((l) => l.paragraphs)])]),
			...report.closing,
		].map((p) => p.id);
		for (const id of paragraphIds) expect(blocks.has(id), id).toBe(true);
	});

	it('shows hostile report text as text', async () => {
		const hostile = reports.find((r) => r.preamble.some((p) => p.text.includes('<script>')))!;
		const built = reportMarkdown(hostile);
		const html = await render(built.markdown);
		expect(html).not.toMatch(/<script|<img|<a |<b>|<code/);
		const blocks = splitBlocks(html, built.ids);
		const p = hostile.preamble.find((x) => x.text.includes('<script>'))!;
		expect(textOf(blocks.get(p.id)!)).toBe(normalizeText(p.text));
	});

	it('is not read as frontmatter when the report starts with ---', async () => {
		const report = { ...reports[0]!, preamble: [{ id: 'preamble-p1', text: '---' }, { id: 'preamble-p2', text: 'title: x' }, { id: 'preamble-p3', text: '---' }] };
		const built = reportMarkdown(report);
		const blocks = splitBlocks(await render(built.markdown), built.ids);
		expect(textOf(blocks.get('preamble-p1')!)).toBe('---');
	});

	it('throws when rendered blocks do not match the anchors', () => {
		expect(() => splitBlocks('<p>a</p>\n<p>b</p>', ['x'])).toThrow(/2 blocks for 1 anchors/);
	});
});
