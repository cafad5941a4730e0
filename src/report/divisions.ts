/**
 * The administrative-division table (data/divisions.json, made by scripts/build-divisions.ts)
 * and the name index built from it once, on first use, for all reports of a run.
 */
import data from './data/divisions.json' with { type: 'json' };
import type { Region } from './schema.ts';
import { toSimplified } from './simplify.ts';

/** Shape of data/divisions.json; see scripts/build-divisions.ts for the format. */
interface DivisionsFile {
	source: string;
	provinces: Record<string, string>;
	cities: Record<string, string>;
	/** County code → `name|SSS<township>|SSS<township>…` */
	counties: Record<string, string>;
}

export type Level = 'province' | 'city' | 'county' | 'township';

/** One division a name in the text may refer to. */
export interface Place {
	level: Level;
	/** 2, 4, 6 or 9 digits. */
	code: string;
	/** Name as in the dataset. */
	name: string;
}

export interface DivisionIndex {
	provinces: Map<string, string>;
	/** Only real prefecture-level cities: no entry under municipalities or 省直辖县级行政区划. */
	cities: Map<string, string>;
	counties: Map<string, string>;
	/** 9-digit code → township name. */
	townships: Map<string, string>;
	/** Simplified name or common short form → every division so named. */
	byName: Map<string, Place[]>;
	/** Longest key in `byName`, to bound the scan. */
	maxNameLength: number;
	/** Last characters of the keys (镇 乡 道 区 县 市 …): the only places a name can end. */
	finalChars: Set<string>;
	/**
	 * Every ending of every key, 2 characters or longer (乡, 城乡, 东城乡 …): reading back from
	 * a 乡, the scan stops as soon as no name ends the way the text does.
	 */
	endings: Set<string>;
}

/**
 * The 55 minority nationalities as they appear in autonomous-division names. 蒙古, 哈萨克 and
 * 柯尔克孜 also appear without 族 (伊犁哈萨克自治州). Longer names first, so the regex
 * alternation does not stop at a prefix.
 */
const NATIONALITIES = [
	'柯尔克孜族', '乌孜别克族', '维吾尔族', '哈萨克族', '达斡尔族', '俄罗斯族', '鄂温克族', '鄂伦春族', '塔吉克族',
	'塔塔尔族', '布依族', '朝鲜族', '土家族', '哈尼族', '傈僳族', '高山族', '拉祜族', '东乡族', '纳西族', '景颇族',
	'仫佬族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族', '德昂族', '保安族', '裕固族',
	'独龙族', '赫哲族', '门巴族', '珞巴族', '基诺族', '蒙古族', '柯尔克孜', '哈萨克', '蒙古', '回族', '藏族', '苗族',
	'彝族', '壮族', '满族', '侗族', '瑶族', '白族', '傣族', '黎族', '佤族', '畲族', '水族', '土族', '羌族', '怒族',
	'京族',
];

const AUTONOMOUS = new RegExp(`^(.+?)(?:${NATIONALITIES.join('|')})+自治(县|旗|州)$`);

/**
 * How reports commonly shorten autonomous divisions: 石柱土家族自治县 → 石柱县,
 * 恩施土家族苗族自治州 → 恩施州, 积石山保安族东乡族撒拉族自治县 → 积石山县.
 */
export function shortAutonomousName(name: string): string | null {
	const m = AUTONOMOUS.exec(name);
	return m ? m[1] + m[2] : null;
}

let index: DivisionIndex | null = null;

export function divisionIndex(): DivisionIndex {
	index ??= buildIndex(data as DivisionsFile);
	return index;
}

/**
 * Province, city, county (and township, for 9 digits) of a 6- or 9-digit division code.
 * 东莞市 441900 and the like are prefecture-level cities with no county level: county null.
 */
export function regionOfCode(code: string): Region {
	const { provinces, cities, counties } = divisionIndex();
	const countyCode = code.slice(0, 6);
	const township = code.length === 9 ? (divisionIndex().townships.get(code) ?? null) : null;
	return {
		province: provinces.get(code.slice(0, 2)) ?? null,
		city: cities.get(code.slice(0, 4)) ?? null,
		county: countyCode.endsWith('00') ? null : (counties.get(countyCode) ?? null),
		township,
		code,
	};
}

/** The dataset edition, for documentation and the site's about page. */
export function divisionSource(): string {
	return (data as DivisionsFile).source;
}

function buildIndex(file: DivisionsFile): DivisionIndex {
	const byName = new Map<string, Place[]>();
	const add = (key: string, place: Place) => {
		const k = toSimplified(key);
		const list = byName.get(k);
		if (list) list.push(place);
		else byName.set(k, [place]);
	};
	const addWithShortForm = (place: Place) => {
		add(place.name, place);
		const short = shortAutonomousName(place.name);
		if (short) add(short, place);
	};

	const provinces = new Map(Object.entries(file.provinces));
	for (const [code, name] of provinces) add(name, { level: 'province', code, name });
	const cities = new Map(Object.entries(file.cities));
	for (const [code, name] of cities) addWithShortForm({ level: 'city', code, name });

	const counties = new Map<string, string>();
	const townshipNames = new Map<string, string>();
	for (const [code, packed] of Object.entries(file.counties)) {
		const [name, ...townships] = packed.split('|');
		counties.set(code, name);
		addWithShortForm({ level: 'county', code, name });
		for (const t of townships) {
			townshipNames.set(code + t.slice(0, 3), t.slice(3));
			add(t.slice(3), { level: 'township', code: code + t.slice(0, 3), name: t.slice(3) });
		}
	}

	let maxNameLength = 0;
	const finalChars = new Set<string>();
	const endings = new Set<string>();
	for (const key of byName.keys()) {
		maxNameLength = Math.max(maxNameLength, key.length);
		finalChars.add(key[key.length - 1]);
		for (let start = key.length - 2; start >= 0; start--) endings.add(key.slice(start));
	}
	return { provinces, cities, counties, townships: townshipNames, byName, maxNameLength, finalChars, endings };
}
