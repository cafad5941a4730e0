/**
 * Scaling check for copied-text detection (not a test: timings depend on the machine).
 * Generates N synthetic reports of ~30 paragraphs: most paragraphs unique random text, a
 * quarter drawn from a pool of shared boilerplate with a few characters changed, as real
 * reports copy. Prints time, memory, and recall on the planted near-copies; then times the
 * whole insight pass (laws, figures, similar, follow-ups) on the same text as Reports, two
 * years per township, with a citation and a figure in every fifth paragraph.
 *   node scripts/bench-similar.ts [reports=10000] [paragraphs=30]
 */
import { computeInsight } from '../src/insight/index.ts';
import { findSimilar, type SimilarInput } from '../src/insight/similar.ts';
import { ReportSchema, type Report } from '../src/report/schema.ts';

const REPORTS = Number(process.argv[2] ?? 10_000);
const PARAGRAPHS = Number(process.argv[3] ?? 30);
const TEMPLATES = 500;
const SHARED = 0.25;

/** mulberry32: a seeded generator, so every run builds the same corpus. */
function rng(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = rng(42);
const int = (n: number) => Math.floor(rand() * n);
/** Common CJK range, so shingles collide about as often as in real text. */
const char = () => String.fromCharCode(0x4e00 + int(2500));
const text = (len: number) => Array.from({ length: len }, char).join('');
const punctuate = (s: string) => s.replace(/(.{12})/g, '$1，') + '。';

function mutate(s: string, edits: number): string {
	const chars = [...s];
	for (let e = 0; e < edits; e++) chars[int(chars.length)] = char();
	return chars.join('');
}

const templates = Array.from({ length: TEMPLATES }, () => text(80 + int(200)));
const planted: { report: string; paragraph: string }[] = [];
const inputs: SimilarInput[] = [];
for (let r = 0; r < REPORTS; r++) {
	const reportId = `r${r}`;
	const paragraphs = [];
	for (let p = 0; p < PARAGRAPHS; p++) {
		const id = `p${p}`;
		if (rand() < SHARED) {
			paragraphs.push({ id, text: punctuate(mutate(templates[int(TEMPLATES)]!, int(6))) });
			planted.push({ report: reportId, paragraph: id });
		} else paragraphs.push({ id, text: punctuate(text(40 + int(260))) });
	}
	paragraphs.push({ id: 'closing', text: '特此报告。' });
	inputs.push({ reportId, township: `t${r % (REPORTS / 2)}`, paragraphs });
}
const chars = inputs.reduce((n, i) => n + i.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);

globalThis.gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
const { matches, shares } = findSimilar(inputs);
const ms = performance.now() - t0;
const after = process.memoryUsage();

const flagged = new Set(matches.map((m) => `${m.reportId}#${m.paragraphId}`));
const found = planted.filter((p) => flagged.has(`${p.report}#${p.paragraph}`)).length;
const falseFlags = [...flagged].filter((k) => !k.endsWith('#closing')).length - found;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
console.log(`reports ${REPORTS}, paragraphs ${REPORTS * (PARAGRAPHS + 1)}, ${(chars / 1e6).toFixed(1)}M characters`);
console.log(`findSimilar: ${(ms / 1000).toFixed(2)} s, heap +${mb(after.heapUsed - before.heapUsed)}, rss ${mb(after.rss)}`);
console.log(`matches ${matches.length}, reports with copied text ${shares.filter((s) => s.share > 0).length}`);
console.log(`planted near-copies found: ${found}/${planted.length} (${((100 * found) / planted.length).toFixed(2)}%), unplanted flagged: ${falseFlags}`);
console.log(`formulaic 特此报告 flagged: ${matches.some((m) => m.paragraphId === 'closing')}`);

/** The same text as Reports: township t<r mod N/2>, years 2022/2023, one measures part. */
const LAWS = ['《民法典》', '《中华人民共和国行政处罚法》', '《重庆市未成年人保护条例》', '《首问负责制》'];
const reports = inputs.map((input, r): Report => {
	const paragraphs = input.paragraphs.map((p, i) => (i % 5 ? p : { ...p, text: `${p.text}依据${LAWS[i % LAWS.length]}，行政处罚${i + r}件。` }));
	const township = `镇${r % (REPORTS / 2)}`;
	const reportYear = 2022 + Math.floor(r / (REPORTS / 2));
	const id = `t${r % (REPORTS / 2)}-${reportYear}`;
	// Parsed, not cast: a field the schema gains fails here by name instead of deep in the insight.
	return ReportSchema.parse({
		id,
		source: { file: `${id}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8', bytes: 0 },
		title: `${township}${reportYear}年法治政府建设情况报告`,
		issuers: [`${township}人民政府`],
		docNumber: null,
		signer: null,
		recipients: null,
		region: { province: '重庆市', city: null, county: '大足区', township, code: null },
		reportYear,
		issuedDate: null,
		preamble: [],
		closing: [],
		sections: [
			{ id: 'measures', number: '一、', heading: '举措', type: 'measures', groupHeading: null, paragraphs: paragraphs.slice(0, -6), children: [] },
			{ id: 'plans', number: '二、', heading: '计划', type: 'plans', groupHeading: null, paragraphs: paragraphs.slice(-6), children: [] },
		],
		warnings: [],
		text: paragraphs.map((p) => p.text).join('\n'),
	});
});
globalThis.gc?.();
const t1 = performance.now();
const insight = computeInsight(reports);
const insightMs = performance.now() - t1;
console.log(
	`computeInsight: ${(insightMs / 1000).toFixed(2)} s, rss ${mb(process.memoryUsage().rss)}; laws ${insight.laws.length}, figures ${insight.figures.length}, ` +
		`matches ${insight.similar.length}, follow-up pairs ${insight.followups.length}`,
);
