/** Heading wordings in the styles real reports use (see tests/fixtures/headings.json), by part. */
export const HEADINGS = {
	measures: ['{Y}年推进法治政府建设的主要举措和成效', '主要工作开展情况', '主要做法及成效', '工作开展情况及取得的成效', '推进法治政府建设的主要举措及成效', '法治政府建设主要举措和成效'],
	leaderDuties: ['党政主要负责人履行推进法治建设第一责任人职责情况', '主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', '{L}党委书记、{L}长履行推进法治建设第一责任人职责情况', '党政主要负责人推进法治建设履职情况'],
	problems: ['存在的不足和原因', '存在的问题和不足', '存在问题', '工作中存在的主要问题及原因分析', '{Y}年推进法治政府建设存在的不足和原因', '问题和不足'],
	plans: ['下一步工作计划', '{N}年推进法治政府建设的主要安排', '下步工作打算', '下一年度工作思路和举措', '下阶段工作计划', '{N}年工作思路和目标举措', '下一步工作措施'],
	merged: [['存在的问题及下一步工作打算', '存在的问题', '下一步工作打算'], ['存在的问题及{N}年工作思路目标举措', '存在的问题', '{N}年工作思路目标举措']],
} as const;

export const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** Fill {Y} (report year), {N} (next year) and {L} (镇/乡/街道 kind). */
export function fill(template: string, year: number, kind: string): string {
	return template.replaceAll('{Y}', String(year)).replaceAll('{N}', String(year + 1)).replaceAll('{L}', kind);
}
