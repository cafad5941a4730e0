/** Names of issuing bodies (发文机关) as they appear in headers and signatures. */
import { HAN } from './chars.ts';
import { toSimplified } from './simplify.ts';

const SUFFIX = '(?:委员会|人民政府|党工委|工作委员会|办事处|党委|政府|办公室|镇委|乡委|街道工委)';
/** A whole token that names an organ (中共重庆市大足区万古镇委, 永安市贡川镇人民政府). */
const ORG_RE = new RegExp(`^(?:中共|中国共产党)?[${HAN}（）()]{2,40}?${SUFFIX}$`);
/** Organs at the start of a title line, before 关于 or the year. */
const LEADING_ORG_RE = new RegExp(
	`^((?:中共|中国共产党)?[${HAN}]{2,40}?${SUFFIX})(?=\\s|$|关于|[0-9]|文件)\\s*`,
);

export function isOrgName(token: string): boolean {
	return ORG_RE.test(toSimplified(token));
}

/** `永安市贡川镇人民政府文件` → 永安市贡川镇人民政府 (the red-header form of the issuer). */
export function stripDocumentWord(token: string): string {
	return /文件$/.test(toSimplified(token)) ? token.slice(0, -2) : token;
}

/** Organ names in a header line made only of organ names, else []. */
export function orgsInLine(line: string): string[] {
	const tokens = line.split(/\s+/).map(stripDocumentWord).filter(Boolean);
	return tokens.length > 0 && tokens.every(isOrgName) ? tokens : [];
}

/** Organ names that open a title line (`… 人民政府 关于2023年…的报告`). */
export function leadingOrgs(title: string): string[] {
	const found: string[] = [];
	// Match on the simplified form, slice the title as written (conversion keeps lengths here).
	let rest = title;
	for (let m = toSimplified(rest).match(LEADING_ORG_RE); m && found.length < 4; m = toSimplified(rest).match(LEADING_ORG_RE)) {
		found.push(rest.slice(0, m[1]!.length));
		rest = rest.slice(m[0].length);
	}
	return found;
}
