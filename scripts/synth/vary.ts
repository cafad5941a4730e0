/**
 * Variation so a synthetic corpus is not five reports' vocabulary: place names and years
 * swapped for the target's, numbers changed, synonyms swapped, and new sentences built from
 * phrase lists.
 */
import type { Random } from './random.ts';
import type { Origin } from './pool.ts';
import type { Place } from './places.ts';

const SYNONYMS: [string, string][] = [
	['加强', '强化'], ['深入', '扎实'], ['推进', '推动'], ['完善', '健全'], ['开展', '组织'], ['提升', '提高'],
	['群众', '居民'], ['干部', '工作人员'], ['宣传', '宣讲'], ['机制', '制度'], ['有效', '切实'], ['全面', '全力'],
	['积极', '主动'], ['规范', '标准'], ['落实', '执行'], ['重点', '关键'], ['持续', '不断'], ['及时', '迅速'],
];

const SUBJECTS = ['镇党委', '镇政府', '综合行政执法大队', '司法所', '派出所', '各村（社区）', '党政办', '平安办', '应急办', '便民服务中心', '人民调解委员会', '法律顾问团队'];
const ACTIONS = ['组织开展', '持续推进', '深入实施', '全面落实', '扎实推动', '统筹部署', '细化分解', '严格执行', '定期研判', '常态化开展'];
const OBJECTS = ['“法律明白人”培养工程', '行政执法“三项制度”', '重大行政决策合法性审查', '矛盾纠纷多元化解', '“八五”普法规划', '政务公开标准化建设', '公共法律服务站点建设', '行政复议和应诉工作', '安全生产专项整治', '营商环境法治保障', '民主法治示范村创建', '基层依法治理', '信访积案化解', '网格化服务管理', '反电信网络诈骗宣传'];
const RESULTS = ['取得阶段性成效', '群众满意度明显提升', '形成长效工作机制', '基层治理能力不断增强', '依法行政水平进一步提高', '有效防范化解各类风险', '法治氛围日益浓厚'];
const UNITS = ['次', '场', '件', '份', '人次', '户', '个', '名'];

/** One new sentence with a figure in it. */
export function inventSentence(rng: Random): string {
	const n = rng.int(2, 900);
	return `${rng.pick(SUBJECTS)}${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}，全年累计${rng.int(1, 9) > 6 ? '约' : ''}${n}${rng.pick(UNITS)}，${rng.pick(RESULTS)}。`;
}

function replaceAll(text: string, from: string, to: string): string {
	return from ? text.split(from).join(to) : text;
}

const SUFFIX = /(镇|乡|街道|区|县|市|省|自治区)$/;

/** The seed's own names → the target place's (full for full, short for short), longest first. */
function swapNames(text: string, origin: Origin, place: Place): string {
	let out = text;
	for (const [name, kind] of [...origin.names].sort((a, b) => b[0].length - a[0].length)) {
		const target = place[kind] ?? place.province;
		out = replaceAll(out, name, SUFFIX.test(name) ? target : target.replace(SUFFIX, ''));
	}
	return out;
}

/** Years shift with the report; other numbers change but keep their size. */
function varyNumbers(text: string, origin: Origin, year: number, rng: Random): string {
	return text.replace(/\d+/g, (d) => {
		const n = Number(d);
		if (d.length === 4 && n >= 2000 && n <= 2030) return String(year + (n - origin.year));
		if (d.length > 5 || rng.chance(0.4)) return d;
		return String(Math.max(1, Math.round(n * (0.5 + rng.next()))));
	});
}

export function vary(text: string, origin: Origin, place: Place, year: number, rng: Random): string {
	let out = varyNumbers(swapNames(text, origin, place), origin, year, rng);
	for (const [a, b] of SYNONYMS) if (rng.chance(0.3)) out = rng.chance(0.5) ? replaceAll(out, a, b) : replaceAll(out, b, a);
	return out;
}
