/**
 * Named indicators: a small rule table mapping a figure to a common measure by its unit and
 * by the words saying what it counts. Rules are tried in order and the first match wins, so
 * rates come before counts and narrow rules (信访, 排查) before broad ones (化解, 宣传).
 * A figure no rule matches keeps `indicator: null`; nothing is ever summed or estimated,
 * so a report that states no such figure has a blank cell.
 *
 * The same table says which figures cannot be as read (存疑): a rate over 100%, a value far
 * above its indicator's `max` for one township in one year, or a part larger than the whole
 * stated before it in the sentence (成功调解601件 after 排查纠纷470件). Such figures keep
 * their reason in `doubt`, are listed for checking, and stay out of aggregates by default.
 */
import type { Figure, Indicator } from './schema.ts';

export interface IndicatorRule extends Indicator {
	/** The `counts` text must match this. */
	match: RegExp;
	/** …and must not match this (planned rather than done, per-item 各, another measure). */
	exclude?: RegExp;
}

const COUNT_UNITS = ['件', '起', '份'];

export const INDICATOR_RULES: IndicatorRule[] = [
	{ id: 'mediation-success-rate', label: '矛盾纠纷调解成功率', units: ['%'], max: 100, match: /调解成功率|化解成功率|调处成功率|化解率/, note: '“调解成功率”“化解率”等百分比。' },
	{ id: 'court-appearance-rate', label: '负责人出庭应诉率', units: ['%'], max: 100, match: /出庭|到庭|应诉率/, note: '行政机关负责人出庭（到庭）应诉率。' },
	{ id: 'litigation-cases', label: '行政应诉案件数', units: ['件', '起'], max: 200, match: /应诉案件|行政诉讼案件/, note: '作为被告的行政诉讼（应诉）案件。' },
	{ id: 'fines', label: '罚款金额（元）', units: ['元'], max: 50_000_000, match: /罚款|罚没/, note: '罚款、罚没款金额，万元已换算为元。' },
	{ id: 'admin-penalties', label: '行政处罚件数', units: [...COUNT_UNITS], max: 5000, match: /处罚/, exclude: /罚款|罚没/, note: '“行政处罚N件（份、起）”。' },
	{ id: 'inspections', label: '行政检查次数', units: ['件', '次', '家次', '家/次', '户次'], max: 50_000, match: /检查/, exclude: /应检查|计划/, note: '实际开展的检查；按计划“应检查”的数不计。' },
	{ id: 'petitions', label: '信访件数', units: ['件', '起'], max: 5000, match: /信访/, note: '受理、办理或化解的信访件。' },
	{ id: 'disputes-found', label: '矛盾纠纷排查件数', units: ['件', '起'], max: 10_000, match: /(排查|摸排).*纠纷/, note: '排查（摸排）出的矛盾纠纷。' },
	{ id: 'disputes-mediated', label: '矛盾纠纷调解件数', units: ['件', '起'], max: 10_000, match: /调解|化解|调处/, exclude: /率/, note: '调解、调处、化解的纠纷件数。' },
	{ id: 'law-study-sessions', label: '学法次数', units: ['次', '场'], max: 365, match: /学法|法治课|学习相关法律|法律知识学习/, note: '党委会、中心组等学法，法治课。' },
	{ id: 'publicity-materials', label: '普法资料发放份数', units: ['份'], max: 1_000_000, match: /发放.*(资料|材料|传单|宣传册)/, note: '发放的普法宣传资料份数。' },
	{ id: 'publicity-events', label: '普法宣传活动场次', units: ['场', '次', '场次'], max: 3000, match: /普法|宣传|法治讲座/, note: '普法宣传、法治讲座等活动场次。' },
	{ id: 'legal-advisers', label: '法律顾问人数', units: ['名', '人'], max: 100, match: /法律顾问/, exclude: /各$/, note: '聘请的法律顾问；“各1名”这类每家数字不计。' },
	{ id: 'legal-understanding-people', label: '法律明白人人数', units: ['名', '人'], max: 20_000, match: /法律明白人/, note: '培养的“法律明白人”。' },
	{ id: 'training-sessions', label: '法治培训次数', units: ['次', '场', '期'], max: 1000, match: /培训|讲座/, note: '执法人员、调解员等培训的次数。' },
	{ id: 'training-attendance', label: '培训人次', units: ['人次', '人/次'], max: 200_000, match: /培训/, note: '培训的参与人次。' },
	{ id: 'info-disclosed', label: '政务信息公开条数', units: ['条'], max: 100_000, match: /公开/, note: '主动公开或依申请公开的信息条数。' },
];

/** The public part of the table, without the regexes. */
export const INDICATORS: Indicator[] = INDICATOR_RULES.map(({ id, label, units, max, note }) => ({ id, label, units, max, note }));

/** Id of the first rule a figure satisfies, or null. */
export function indicatorOf(figure: Pick<Figure, 'unit' | 'counts'>, rules: IndicatorRule[] = INDICATOR_RULES): string | null {
	for (const rule of rules) {
		if (!rule.units.includes(figure.unit)) continue;
		if (!rule.match.test(figure.counts)) continue;
		if (rule.exclude?.test(figure.counts)) continue;
		return rule.id;
	}
	return null;
}

/** One row of the cross-report table: every figure of a report per indicator, in text order. */
export interface IndicatorRow {
	reportId: string;
	cells: Record<string, Figure[]>;
}

export function indicatorRows(reportIds: string[], figures: Figure[]): IndicatorRow[] {
	const rows = new Map(reportIds.map((id) => [id, { reportId: id, cells: {} as Record<string, Figure[]> }]));
	for (const f of figures) {
		if (!f.indicator) continue;
		const row = rows.get(f.reportId);
		if (row) (row.cells[f.indicator] ??= []).push(f);
	}
	return [...rows.values()];
}

/** What a percentage must say to be a share of a whole (调解成功率, 满意度), not a change (同比增长150%). */
const RATE = /率|满意度|知晓度|覆盖面/;
const CHANGE = /增长|增幅|增加|提高|提升|上升|下降|减少|降低|同比|环比|较上年|比上年|较去年|比去年/;

/**
 * A part and the whole it belongs to, as the words of one sentence say it: the part comes after
 * the whole, in the same unit, and cannot exceed it (受理77件、办结77件; 排查隐患768条，整改768条).
 * A clause opening with 其中 is a part of the figure before it.
 */
export const PART_OF: { whole: RegExp; part: RegExp }[] = [
	{ whole: /受理|收到|接到|排查|摸排|发现|立案/, part: /办结|结案|化解|调解|调处|整改|处理|答复/ },
];

const ruleById = new Map(INDICATOR_RULES.map((r) => [r.id, r]));

/** 50000000 → 5000万: the reader compares magnitudes. */
const amount = (n: number) => (n >= 10_000 && n % 10_000 === 0 ? `${n / 10_000}万` : String(n));
const top = (f: Figure) => Math.max(f.value, f.valueMax ?? f.value);

/** Largest value a figure written this way can stand for: 470余 is below 480, 3万多 below 4万; 以上 has no bound. */
function ceiling(f: Figure): number {
	if (f.approx.some((a) => a === '以上' || a === '超')) return Infinity;
	if (!f.approx.some((a) => a === '余' || a === '多')) return top(f);
	const zeros = /0*$/.exec(String(Math.round(top(f))))![0].length;
	return top(f) + 10 ** zeros;
}

/** Why one figure cannot be as read, given the figures before it in its sentence; null when it can. */
export function doubtOf(f: Figure, before: Figure[]): string | null {
	const reasons: string[] = [];
	const rule = f.indicator ? ruleById.get(f.indicator) : undefined;
	const rate = f.unit === '%' && (rule !== undefined || (RATE.test(f.counts) && !CHANGE.test(f.counts)));
	if (rate && top(f) > 100) reasons.push(`比率${f.raw}超过100%`);
	else if (rule && top(f) > rule.max) reasons.push(`${rule.label}${f.raw}远超常见范围（一个乡镇一年一般不超过${amount(rule.max)}${f.unit}）`);
	const sameUnit = before.filter((b) => b.unit === f.unit && !b.clause.startsWith('其中'));
	const whole = f.clause.startsWith('其中')
		? sameUnit.at(-1)
		: PART_OF.some((r) => r.part.test(f.counts) && !r.whole.test(f.counts))
			? sameUnit.findLast((b) => PART_OF.some((r) => r.whole.test(b.counts) && !r.part.test(b.counts)))
			: undefined;
	if (whole && f.value > ceiling(whole)) reasons.push(`“${f.counts}”${f.raw}多于同句“${whole.counts}”${whole.raw}`);
	return reasons.length > 0 ? reasons.join('；') : null;
}

/** A report's figures (text order, indicators set) with `doubt` filled in, sentence by sentence. */
export function withDoubts(figures: Figure[]): Figure[] {
	return figures.map((f, i) => {
		const before = figures.slice(0, i).filter((b) => b.paragraphId === f.paragraphId && b.sentence === f.sentence);
		return { ...f, doubt: doubtOf(f, before) };
	});
}
