/**
 * The search tests' oracle reads report text off built pages (scripts/lib/search-oracle.ts):
 * it must take every marked block, leave the page's furniture out, and place each block in
 * the part the reader sees it under, or its answers would be wrong in the same way as a bug.
 */
import { describe, expect, it } from 'vitest';
import { expectedIds, occurrences, pageUnits, type OracleReport } from '../../scripts/lib/search-oracle.ts';

const PAGE = `<!doctype html><html><body><article>
<h1 id="title" data-pb="0">某镇 关于2023年法治政府建设情况的报告</h1>
<dl class="report-meta"><dt>发文机关</dt><dd data-pb="1">某镇人民政府</dd><dt>报告年度</dt><dd><a href="/years/2023/">2023年</a></dd></dl>
<p id="preamble-p1" data-pb="2">今年以来，我镇 <strong>坚持</strong>依法行政。</p>
<section id="measures" class="sec sec-measures" data-type="measures"><h2 class="sec-h" data-pb="3">一、主要举措<span class="badge">举措成效</span><span class="head-tools"><a class="permalink" href="#measures">#</a><button>引用</button></span></h2>
<section id="measures-s1" class="block"><h3 class="sub-h" data-pb="4">（一）法律顾问</h3><p id="measures-s1-p1" data-pb="5">聘请法律顾问。</p></section></section>
<div class="group" id="problems-group"><h2 class="group-heading" data-pb="6">二、问题与计划</h2>
<section id="problems" class="sec sec-problems" data-type="problems"><h3 class="sec-h" data-pb="7">存在的问题</h3><p id="problems-p1" data-pb="8">法律顾问作用发挥不足。</p></section>
<section id="plans" class="sec sec-plans" data-type="plans"><p id="plans-p1" data-pb="9">&lt;b&gt;继续&lt;/b&gt;推进。</p></section></div>
<p id="closing-p1" data-pb="10">特此报告。</p><p id="closing-p2" data-pb="11"> </p>
</article></body></html>`;

describe('pageUnits', () => {
	const units = pageUnits(PAGE);

	it('takes every marked block with text, in page order, as the reader sees it', () => {
		expect(units.map((u) => u.text)).toEqual([
			'某镇 关于2023年法治政府建设情况的报告',
			'某镇人民政府',
			'今年以来，我镇 坚持依法行政。',
			'一、主要举措',
			'（一）法律顾问',
			'聘请法律顾问。',
			'二、问题与计划',
			'存在的问题',
			'法律顾问作用发挥不足。',
			'<b>继续</b>推进。',
			'特此报告。',
		]);
	});

	it('lands header fields on the title, headings on their section, paragraphs on themselves', () => {
		expect(units.map((u) => u.anchor)).toEqual(['title', 'title', 'preamble-p1', 'measures', 'measures-s1', 'measures-s1-p1', 'problems-group', 'problems', 'problems-p1', 'plans-p1', 'closing-p1']);
	});

	it('puts each block in its part: front before the parts, a group heading with its first part, closing after', () => {
		expect(units.map((u) => u.scope)).toEqual(['front', 'front', 'front', 'measures', 'measures', 'measures', 'problems', 'problems', 'problems', 'plans', 'closing']);
	});

	it('compares text with whitespace dropped and full-width ASCII forms read as half-width', () => {
		expect(units[2]!.chars.join('')).toBe('今年以来,我镇坚持依法行政。');
	});

	it('answers queries by plain substring over those units', () => {
		const oracle: OracleReport[] = [{ report: { id: 'a' } as OracleReport['report'], units }];
		expect(expectedIds(oracle, '法律顾问')).toEqual(['a']);
		expect(expectedIds(oracle, '法律顾问', (_, u) => u.scope === 'plans')).toEqual([]);
		expect(expectedIds(oracle, '主要举措 -特此报告')).toEqual([]);
		// The badge and the citation button are furniture, not report text.
		expect(expectedIds(oracle, '举措成效')).toEqual([]);
		expect(expectedIds(oracle, '引用')).toEqual([]);
		expect(occurrences(oracle[0]!, '法律顾问').map((o) => [o.unit.anchor, o.count])).toEqual([['measures-s1', 1], ['measures-s1-p1', 1], ['problems-p1', 1]]);
	});
});
