/**
 * Where a report comes from: the issuing township and the province, city and county above
 * it, completed from the statistical division table (data/divisions.json).
 *
 * Names are read off the text by their endings: every place where a division name can end
 * (镇, 乡, 街道, 区, 县, 市 …) is looked up in a name index, longest name first, so one report
 * costs a few thousand map look-ups, not a pass over 40,000 townships. Each township so
 * named is then scored by how often it is named and by whether its own county, city or
 * province is named too, the title block (`header`) counting far more than the body. That is
 * what tells the 31 兴隆镇 of China apart: the one whose county the report names wins.
 */
import type { Region, ReportWarning } from './schema.ts';
import { divisionIndex, regionOfCode, type DivisionIndex, type Place } from './divisions.ts';
import { toSimplified } from './simplify.ts';

export { toSimplified } from './simplify.ts';

export interface RegionHints {
	/** Title block: issuing bodies, title, signature lines. The strongest evidence. */
	header: string;
	/** The rest of the report. */
	body: string;
}

export interface RegionResult {
	region: Region;
	warnings: ReportWarning[];
}

/** One name found in the text. */
interface Mention {
	places: Place[];
	start: number;
	end: number;
}

/** What one text (header or body) says, with the weight its evidence carries. */
interface Evidence {
	weight: number;
	/** How many times one name counts at most. */
	cap: number;
	/** Normalised text. */
	text: string;
	mentions: Mention[];
}

const HEADER_WEIGHT = 10;
const BODY_WEIGHT = 1;
/** Repetitions that still count: a joint title block names its township twice, a body dozens of times. */
const HEADER_CAP = 3;
const BODY_CAP = 10;

const MIN_NAME_LENGTH = 2;
/** 1-character name + suffix (新镇, 和县, 城区) is an ordinary word too often to trust in running text. */
const MIN_BODY_NAME_LENGTH = 3;

/** A township written right after a county, for when the dataset lacks it (renamed, merged). */
const WRITTEN_TOWNSHIP = /^([\u3400-\u9fff]{1,8}?(?:镇|乡|街道|苏木))/;
const NOT_A_TOWNSHIP = /人民|政府|党委|委员|关于|乡镇|城乡/;

const UNRESOLVED: Region = { province: null, city: null, county: null, township: null, code: null };

export function resolveRegion(hints: RegionHints): RegionResult {
	const index = divisionIndex();
	const header = evidence(hints.header, HEADER_WEIGHT, HEADER_CAP, index, MIN_NAME_LENGTH);
	const body = evidence(hints.body, BODY_WEIGHT, BODY_CAP, index, MIN_BODY_NAME_LENGTH);
	/** Always header first: per-source counts are indexed 0 = header, 1 = body. */
	const sources = [header, body];
	const named = namedDivisions(sources);
	const townships = townshipScores(sources, named);

	// A county in the title block is the issuer's own: its township, or the county alone.
	const headerCounties = [...named.counts.keys()].filter((code) => code.length === 6 && count(named, code, 0) > 0);
	if (headerCounties.length > 0) {
		const inNamedCounty = townships.filter((t) => headerCounties.includes(t.place.code.slice(0, 6)));
		if (inNamedCounty.length > 0) return pick(inNamedCounty, index);
		const county = mostNamed(named, headerCounties, [header]);
		if (county) return countyOnly(county, [header], index);
	}

	const supported = townships.filter((t) => t.support > 0);
	if (supported.length > 0) return pick(supported, index);
	// Nothing above the township is named: trust a name unique in the dataset, from the title
	// block silently, from the body alone with a warning (any 3-character word ending in 镇 may
	// happen to be some township's name).
	const inHeader = townships.filter((t) => t.inHeader);
	if (inHeader.length > 0) return pick(inHeader, index);
	if (townships.length > 0) {
		const result = pick(townships, index);
		if (result.warnings.length === 0) {
			result.warnings.push({
				code: 'region-uncertain',
				message: '所属行政区划仅由正文中出现的乡镇（街道）名称推断，报告未写明所属区县，请核对。',
			});
		}
		return result;
	}

	const counties = [...named.counts.keys()].filter((code) => code.length === 6);
	const county = mostNamed(named, counties, sources);
	if (county) return countyOnly(county, sources, index);

	return {
		region: { ...UNRESOLVED },
		warnings: [{ code: 'region-unresolved', message: '未能从报告中识别出所属的省、市、区县和乡镇（街道）。' }],
	};
}

/** Simplified, without spaces (extraction puts them inside names: 兴隆 镇), 街道办事处 → 街道. */
function normalise(text: string): string {
	return toSimplified(text).replace(/[ \t\u00a0\u3000]+/g, '').replace(/街道办事处/g, '街道');
}

function evidence(raw: string, weight: number, cap: number, index: DivisionIndex, minLength: number): Evidence {
	const text = normalise(raw);
	return { weight, cap, text, mentions: scan(text, index, minLength) };
}

/** Longest known name ending at each position where a name can end. */
function scan(text: string, index: DivisionIndex, minLength: number): Mention[] {
	const mentions: Mention[] = [];
	for (let end = 2; end <= text.length; end++) {
		if (!index.finalChars.has(text[end - 1])) continue;
		let longest: Mention | null = null;
		const maxLength = Math.min(index.maxNameLength, end);
		for (let length = 2; length <= maxLength; length++) {
			const candidate = text.slice(end - length, end);
			if (!index.endings.has(candidate)) break;
			const places = length >= minLength ? index.byName.get(candidate) : undefined;
			if (places) longest = { places, start: end - length, end };
		}
		if (longest) mentions.push(longest);
	}
	return mentions;
}

interface Named {
	/** Province, city or county code (2, 4, 6 digits) → how often each source names it. */
	counts: Map<string, number[]>;
	/** `${source}:${end}` → codes of the provinces, cities and counties named ending there. */
	endingAt: Map<string, Set<string>>;
}

/** Every province, city and county the texts name, and where. */
function namedDivisions(sources: Evidence[]): Named {
	const counts = new Map<string, number[]>();
	const endingAt = new Map<string, Set<string>>();
	sources.forEach((source, s) => {
		for (const m of source.mentions) {
			for (const p of m.places) {
				if (p.level === 'township') continue;
				const perSource = counts.get(p.code) ?? sources.map(() => 0);
				perSource[s]++;
				counts.set(p.code, perSource);
				const key = `${s}:${m.end}`;
				const ends = endingAt.get(key) ?? new Set();
				ends.add(p.code);
				endingAt.set(key, ends);
			}
		}
	});
	return { counts, endingAt };
}

function count(named: Named, code: string, source: number): number {
	return named.counts.get(code)?.[source] ?? 0;
}

/** Weighted, capped: a name repeated all through a long body must not outweigh the title block. */
function weightedCount(named: Named, code: string, sources: Evidence[]): number {
	return sources.reduce((sum, source, s) => sum + source.weight * Math.min(count(named, code, s), source.cap), 0);
}

interface ScoredTownship {
	place: Place;
	score: number;
	/** Score from the township's county, city and province being named. */
	support: number;
	/** Named in the title block. */
	inHeader: boolean;
}

function townshipScores(sources: Evidence[], named: Named): ScoredTownship[] {
	const hits = new Map<string, { place: Place; score: number; adjacency: number; inHeader: boolean }>();
	sources.forEach((source, s) => {
		const counts = new Map<string, number>();
		for (const m of source.mentions) {
			for (const p of m.places) {
				if (p.level !== 'township') continue;
				counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
				const hit = hits.get(p.code) ?? { place: p, score: 0, adjacency: 0, inHeader: false };
				hit.inHeader ||= s === 0;
				hits.set(p.code, hit);
				// "大足区万古镇": its own county (or city) written right before it is the best evidence there is.
				const before = named.endingAt.get(`${s}:${m.start}`);
				if (before?.has(p.code.slice(0, 6)) || before?.has(p.code.slice(0, 4))) {
					hit.adjacency = Math.max(hit.adjacency, 2 * source.weight);
				}
			}
		}
		for (const [code, n] of counts) hits.get(code)!.score += source.weight * Math.min(n, source.cap);
	});

	return [...hits.values()].map(({ place, score, adjacency, inHeader }) => {
		const support =
			2 * weightedCount(named, place.code.slice(0, 6), sources) +
			weightedCount(named, place.code.slice(0, 4), sources) +
			weightedCount(named, place.code.slice(0, 2), sources) +
			adjacency;
		return { place, score: score + support, support, inHeader };
	});
}

/** The best-scored township; when several tie, only what they share is known. */
function pick(candidates: ScoredTownship[], index: DivisionIndex): RegionResult {
	const top = Math.max(...candidates.map((c) => c.score));
	const best = candidates.filter((c) => c.score === top).map((c) => c.place);
	if (best.length === 1) {
		return { region: { ...regionOfCode(best[0].code.slice(0, 6)), township: best[0].name, code: best[0].code }, warnings: [] };
	}
	const names = best.map((p) => describe(p.code.slice(0, 6))).slice(0, 5);
	const shared = sharedRegion(best.map((p) => p.code), index);
	const sameName = best.every((p) => p.name === best[0].name);
	return {
		region: { ...shared, township: sameName ? best[0].name : null },
		warnings: [
			{
				code: 'region-ambiguous',
				message:
					`报告中的乡镇（街道）名称在行政区划中有多处（${names.join('、')}${best.length > 5 ? '等' : ''}），` +
					'报告未写明所属区县，无法确定是哪一个。',
			},
		],
	};
}

/** County named, township not found in the dataset: keep the county, and the township as written. */
function countyOnly(countyCode: string, sources: Evidence[], index: DivisionIndex): RegionResult {
	let written: string | null = null;
	for (const source of sources) {
		for (const m of source.mentions) {
			if (written || !m.places.some((p) => p.code === countyCode)) continue;
			const match = WRITTEN_TOWNSHIP.exec(source.text.slice(m.end, m.end + 12));
			if (match && !NOT_A_TOWNSHIP.test(match[1])) written = match[1];
		}
	}
	const where = describe(countyCode);
	return {
		region: { ...regionOfCode(countyCode), township: written },
		warnings: [
			written
				? {
						code: 'region-township-unknown',
						message: `乡镇（街道）“${written}”不在行政区划数据中（${where}），可能已更名或撤并；所属省、市、区县按行政区划数据补全。`,
					}
				: { code: 'region-township-unknown', message: `未能识别报告所属的乡镇（街道），仅确定到${where}。` },
		],
	};
}

/** Of `codes`, the one `sources` name most; null when none is named or two tie. */
function mostNamed(named: Named, codes: string[], sources: Evidence[]): string | null {
	let best: string | null = null;
	let bestScore = 0;
	let tie = false;
	for (const code of codes) {
		const score = weightedCount(named, code, sources);
		if (score > bestScore) [best, bestScore, tie] = [code, score, false];
		else if (score === bestScore && score > 0) tie = true;
	}
	return tie ? null : best;
}

/** What a set of townships have in common: province, then city, then county. */
function sharedRegion(codes: string[], index: DivisionIndex): Region {
	const same = (len: number) => codes.every((c) => c.slice(0, len) === codes[0].slice(0, len));
	if (same(6)) return regionOfCode(codes[0].slice(0, 6));
	const province = same(2) ? (index.provinces.get(codes[0].slice(0, 2)) ?? null) : null;
	const city = same(4) ? (index.cities.get(codes[0].slice(0, 4)) ?? null) : null;
	const code = city ? codes[0].slice(0, 4) : province ? codes[0].slice(0, 2) : null;
	return { province, city, county: null, township: null, code };
}

/** 重庆市渝北区, 福建省三明市永安市: for warnings. */
function describe(countyCode: string): string {
	const r = regionOfCode(countyCode);
	return [r.province, r.city, r.county].filter(Boolean).join('');
}
