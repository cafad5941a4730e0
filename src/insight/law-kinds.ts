/**
 * What kind of document a normalised title names: one rule per kind, tried in order, first
 * match wins. Order matters: a title ending in 法 is a national law even when it starts like
 * a place (社区矫正法, 城乡规划法: local bodies never name their rules …法), and a place at the
 * start wins over every ending (重庆市…条例 is local). Places are the division table's names
 * (any prefecture: 三明市, 黔东南苗族侗族自治州, 阿里地区, 锡林郭勒盟), with a pattern for
 * names it lacks; a township is any 镇, 乡, 民族乡, 街道, 苏木 or 民族苏木.
 */
import { divisionIndex } from '../report/divisions.ts';
import { NATIONAL_TITLES, type NationalTitle } from './national-titles.ts';
import type { LawKind } from './schema.ts';

export const PRC = '中华人民共和国';

/** Chinese labels shown on the site. */
export const LAW_KIND_LABELS: Record<LawKind, string> = {
	law: '法律',
	'administrative-regulation': '行政法规',
	'party-regulation': '党内法规',
	'central-policy': '中央和国家文件',
	'local-regulation': '地方性法规和规章',
	'local-document': '地方文件',
	'internal-document': '本级内部文件',
	other: '其他',
};

/** Words ending like a place that are not places (社区, 辖区 …). */
const NOT_PLACES = /^(社区|辖区|小区|园区|景区|城区|山区|片区|街区|灾区|林区|矿区|郊区|校区|地区|城市|都市|城镇|城乡|乡镇|村镇|集镇)/;
/** A township's scope word, or a township-level name the division table lacks. */
const TOWNSHIP_PATTERN = /^((全|本)(镇|乡|街道|苏木)|[\u4e00-\u9fff]{1,8}?(民族乡|民族苏木|苏木|街道|镇|乡)(?![村镇]))/;
/** A province, prefecture or county scope word, or such a name the division table lacks. */
const UPPER_PATTERN = /^(全(省|市|区|县|州|盟|旗)|[\u4e00-\u9fff]{2,4}(省|市|自治区)|[\u4e00-\u9fff]{1,12}?(自治州|自治县|自治旗|地区|县|区|州|盟|旗))/;
/** Words no place name holds: 关于加强社区…, 国务院关于加强县级… name no place. */
const NOT_IN_NAMES = /关于|加强|推进|深化|开展|建设|实施|全面|进一步|做好|促进|规范|创建|印发|完善|健全|办公厅|国务院|中央|国家|全国|社区|辖区|城区|小区|园区|乡镇|城乡|村镇|市县|县乡|县级|区级|市级|省级/;
const LEADING_YEAR = /^\d{4}年度?/;
/** Party bodies or rules: 中共…, 中国共产党…, 党政/党委/党组…. */
const PARTY = /^(中共|中国共产党|党政|党委|党组|党内)|党政主要负责人|党员/;
/** Central bodies issuing documents: 国务院 (办公厅), 中央…, ministries, 全国…, 最高人民法院/检察院. */
const CENTRAL_ISSUER = /^(国务院|中央|国家|全国|最高人民|司法部|公安部|民政部|财政部|应急管理部|生态环境部|自然资源部)/;
/** …法 as a law, not as 办法, 做法, 说法, 看法 … . */
const LAW_ENDING = /(?<![办方做说看想写手书语算魔司])法(典)?$/;
const REGULATION_ENDING = /条例$/;
const RULE_ENDING = /(条例|办法|规定|细则|规则)$/;
const CENTRAL_ENDING = /(纲要|规划|意见|决定|通知|规定|办法|细则|方案|决议)$/;
const INTERNAL_ENDING = /(制|制度|方案|计划|要点|规则|清单|规程|守则|预案)$/;
/** The ending a loose name may change: 暂行条例 ↔ 暂行规定 ↔ 条例 ↔ 办法, …的规定 ↔ …规定. */
const LOOSE_ENDING = /的?(暂行)?(条例|规定|办法)$/;

/** The title's ending once a trailing （2021—2026年） or （试行） is set aside. */
const ending = (name: string) => name.replace(/（[^（）]*）$/, '');
const withoutPrc = (name: string) => (name.startsWith(PRC) ? name.slice(PRC.length) : name);
const core = (name: string) => withoutPrc(name).replace(LOOSE_ENDING, '');

const byCore = new Map<string, NationalTitle>();
for (const t of NATIONAL_TITLES) byCore.set(core(t.name), t);

/**
 * The listed national document a title names, by its proper name or a loose one: the same
 * words with another of 条例/规定/办法, 暂行 or not, with or without 中华人民共和国.
 */
export function nationalTitle(name: string): NationalTitle | null {
	const bare = ending(withoutPrc(name));
	if (!LOOSE_ENDING.test(bare)) return null;
	return byCore.get(core(bare)) ?? null;
}

/** Level of the division named at the start of a title, if any: the longest known name wins. */
function leadingPlace(name: string): 'township' | 'upper' | null {
	const body = name.replace(LEADING_YEAR, '');
	if (NOT_PLACES.test(body) || CENTRAL_ISSUER.test(body)) return null;
	const { byName, maxNameLength } = divisionIndex();
	for (let n = Math.min(maxNameLength, body.length - 1); n >= 2; n--) {
		const places = byName.get(body.slice(0, n));
		if (places) return places.some((p) => p.level !== 'township') ? 'upper' : 'township';
	}
	const named = (pattern: RegExp) => {
		const m = pattern.exec(body);
		return m !== null && !NOT_IN_NAMES.test(m[0]);
	};
	if (named(TOWNSHIP_PATTERN)) return 'township';
	if (named(UPPER_PATTERN)) return 'upper';
	return null;
}

export interface KindRule {
	kind: LawKind;
	/** What the rule looks at, in Chinese, for the /laws/ page. */
	note: string;
	test(bare: string): boolean;
}

/** One rule per kind, in the order they are tried; `bare` has no 中华人民共和国 and no trailing （…）. */
export const KIND_RULES: KindRule[] = [
	{ kind: 'party-regulation', note: '标题含中共、中国共产党、党政、党委、党组、党内、党员，或为不含党组织名称的党内法规（如《信访工作条例》）。', test: (b) => PARTY.test(b) || nationalTitle(b)?.kind === 'party-regulation' },
	{ kind: 'law', note: '以“法”或“法典”结尾（“办法”除外）：只有全国人大及其常委会制定法律。', test: (b) => LAW_ENDING.test(b) },
	{ kind: 'internal-document', note: '以乡镇（含民族乡、街道、苏木）名称或“全镇”“本镇”开头，或不带地名、以制度、方案、计划、要点、清单等结尾的短标题。', test: (b) => leadingPlace(b) === 'township' || (INTERNAL_ENDING.test(b) && !/(纲要|规划)$/.test(b) && b.length <= 12 && !leadingPlace(b) && !CENTRAL_ISSUER.test(b)) },
	{ kind: 'local-regulation', note: '以省、市（州、盟、地区）、县（区、旗）名称开头，以条例、办法、规定、细则、规则结尾。', test: (b) => leadingPlace(b) === 'upper' && RULE_ENDING.test(b) },
	{ kind: 'local-document', note: '以省、市（州、盟、地区）、县（区、旗）名称或“全省”“全县”等开头的其他文件。', test: (b) => leadingPlace(b) === 'upper' },
	{ kind: 'administrative-regulation', note: '不带地名、以“条例”结尾，或为国务院令公布的行政法规及其常见简称、误称（如《重大行政决策程序暂行规定》即国务院令第713号《重大行政决策程序暂行条例》）。', test: (b) => REGULATION_ENDING.test(b) || nationalTitle(b)?.kind === 'administrative-regulation' },
	{ kind: 'central-policy', note: '国务院、中央和国家机关的文件，或以纲要、规划、意见、决定、通知、方案等结尾的不带地名的文件。', test: (b) => CENTRAL_ISSUER.test(b) || CENTRAL_ENDING.test(b) },
	{ kind: 'other', note: '以上都不符合的标题（书刊、栏目、活动名称等）。', test: () => true },
];

/** Titles repeat across reports (民法典 thousands of times): each is classified once. */
const known = new Map<string, LawKind>();

export function lawKind(name: string): LawKind {
	let kind = known.get(name);
	if (!kind) {
		const bare = ending(withoutPrc(name));
		known.set(name, (kind = KIND_RULES.find((rule) => rule.test(bare))!.kind));
	}
	return kind;
}
