/**
 * What kind of document a normalised title names, by an ordered rule table (first match wins).
 * Order matters: a title ending in 法 is a national law even when it starts like a place
 * (社区矫正法, 城乡规划法: local bodies never name their rules …法), and a place prefix wins
 * over every other ending (重庆市…条例 is local).
 */
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

/** Words ending in 区/县/市 that are not place names (社区, 辖区 …). */
const NOT_PLACES = /^(社区|辖区|小区|园区|景区|城区|山区|片区|街区|灾区|林区|矿区|郊区|校区|地区|城市|都市|城镇|城乡|乡镇|村镇|集镇)/;
/** A leading province, city, county or 全县-style scope: a local body's document. */
const UPPER_PLACE = /^(全(省|市|区|县)|[\u4e00-\u9fff]{2,4}(省|市|自治区)|[\u4e00-\u9fff]{1,7}(县|区|州|盟|旗))/;
/** A leading township name, or 全镇/本镇: the township's own document. */
const TOWNSHIP = /^(全|本)?[\u4e00-\u9fff]{1,5}?(镇|乡|街道)(?![村镇])/;
const LEADING_YEAR = /^\d{4}年度?/;
/** Party bodies or rules: 中共…, 中国共产党…, 党政/党委/党组…. */
const PARTY = /^(中共|中国共产党|党政|党委|党组|党内)|党政主要负责人|党员/;
const LAW_ENDING = /(?<![办方做])法(典)?$/;
const REGULATION_ENDING = /条例$/;
const RULE_ENDING = /(条例|办法|规定|细则|规则)$/;
const CENTRAL_ENDING = /(纲要|规划|意见|决定|通知|规定|办法|细则|方案|决议)$/;
const INTERNAL_ENDING = /(制|制度|方案|计划|要点|规则|清单|规程|守则|预案)$/;

function placePrefixed(name: string, pattern: RegExp): boolean {
	const body = name.replace(LEADING_YEAR, '');
	return !NOT_PLACES.test(body) && pattern.test(body);
}

/** The title's ending once a trailing （2021—2026年） or （试行） is set aside. */
const ending = (name: string) => name.replace(/（[^（）]*）$/, '');

export function lawKind(name: string): LawKind {
	const bare = ending(name.startsWith(PRC) ? name.slice(PRC.length) : name);
	if (PARTY.test(bare)) return 'party-regulation';
	if (LAW_ENDING.test(bare)) return 'law';
	if (placePrefixed(bare, TOWNSHIP)) return 'internal-document';
	if (placePrefixed(bare, UPPER_PLACE)) return RULE_ENDING.test(bare) ? 'local-regulation' : 'local-document';
	if (REGULATION_ENDING.test(bare)) return 'administrative-regulation';
	if (INTERNAL_ENDING.test(bare) && !/(纲要|规划)$/.test(bare) && bare.length <= 12) return 'internal-document';
	if (CENTRAL_ENDING.test(bare)) return 'central-policy';
	return 'other';
}
