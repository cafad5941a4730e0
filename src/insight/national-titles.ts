/**
 * National documents whose wording does not tell their kind, and the loose names reports give
 * them. A State Council 条例 is recognised by its ending alone; this table is needed for the
 * 行政法规 named 规定 or 办法 (国务院令第310号, 第649号), for the loose names of any listed
 * regulation (《重大行政决策程序暂行规定》 for 国务院令第713号's 《…暂行条例》), and for party
 * regulations issued with the State Council (《信访工作条例》). Titles without 中华人民共和国
 * where the official title has it are matched too (the caller strips it).
 */
import type { LawKind } from './schema.ts';

export interface NationalTitle {
	/** Official title, 中华人民共和国 included when the official title has it. */
	name: string;
	/** Kind of document. */
	kind: Extract<LawKind, 'administrative-regulation' | 'party-regulation'>;
	/** Issuing order (国务院令第713号) or body, for the reader checking the entry. */
	source: string;
}

/** State Council administrative regulations often cited in township reports. */
const STATE_COUNCIL: [name: string, order: number][] = [
	['重大行政决策程序暂行条例', 713],
	['中华人民共和国政府信息公开条例', 711],
	['政府投资条例', 712],
	['优化营商环境条例', 722],
	['保障农民工工资支付条例', 724],
	['政府督查工作条例', 733],
	['中华人民共和国土地管理法实施条例', 743],
	['中华人民共和国行政复议法实施条例', 499],
	['行政执法机关移送涉嫌犯罪案件的规定', 310],
	['社会救助暂行办法', 649],
	['规章制定程序条例', 322],
	['行政法规制定程序条例', 321],
	['法规规章备案条例', 337],
	['信访条例', 431],
	['法律援助条例', 385],
	['国有土地上房屋征收与补偿条例', 590],
	['村庄和集镇规划建设管理条例', 116],
	['城镇燃气管理条例', 583],
	['物业管理条例', 379],
	['地质灾害防治条例', 394],
	['生产安全事故报告和调查处理条例', 493],
	['生产安全事故应急条例', 708],
	['安全生产许可证条例', 397],
	['危险化学品安全管理条例', 591],
	['烟花爆竹安全管理条例', 455],
	['突发公共卫生事件应急条例', 376],
	['宗教事务条例', 686],
	['殡葬管理条例', 225],
	['工伤保险条例', 375],
	['劳动保障监察条例', 423],
	['居住证暂行条例', 663],
	['不动产登记暂行条例', 656],
	['企业信息公示暂行条例', 654],
	['无证无照经营查处办法', 684],
	['禁止使用童工规定', 364],
	['罚款决定与罚款收缴分离实施办法', 235],
];

/** Party regulations (党内法规) whose titles name no party body. */
const PARTY: [name: string, issuer: string][] = [
	['信访工作条例', '中共中央、国务院'],
	['法治政府建设与责任落实督察工作规定', '中共中央办公厅、国务院办公厅'],
	['干部教育培训工作条例', '中共中央'],
	['党政主要负责人履行推进法治建设第一责任人职责规定', '中共中央办公厅、国务院办公厅'],
];

export const NATIONAL_TITLES: NationalTitle[] = [
	...STATE_COUNCIL.map(([name, order]): NationalTitle => ({ name, kind: 'administrative-regulation', source: `国务院令第${order}号` })),
	...PARTY.map(([name, issuer]): NationalTitle => ({ name, kind: 'party-regulation', source: issuer })),
];
