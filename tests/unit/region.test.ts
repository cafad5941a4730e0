import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveRegion, toSimplified } from '../../src/report/region.ts';
import { divisionIndex, shortAutonomousName } from '../../src/report/divisions.ts';

interface SeedFixture {
	file: string;
	issuers: string[];
	title: string;
	region: { province: string | null; city: string | null; county: string | null; township: string | null };
}

const fixtures = JSON.parse(readFileSync(new URL('../fixtures/seeds.json', import.meta.url), 'utf8')) as {
	reports: SeedFixture[];
};

/** Statistical codes of the seeds' townships, as the 2023 division table has them. */
const SEED_CODES: Record<string, string> = {
	'000_503008dac59c57ce.txt': '500111111', // 重庆市大足区万古镇
	'001_a9e9c31606d34a22.txt': '500235107', // 重庆市云阳县故陵镇
	'002_f3282ba59118200a.txt': '500111116', // 重庆市大足区邮亭镇
	'003_4b5947e6a3d500ee.txt': '350481101', // 福建省三明市永安市贡川镇
	'004_520d7f9833027cc3.txt': '500112138', // 重庆市渝北区兴隆镇
};

const header = (text: string) => resolveRegion({ header: text, body: '' });

describe('resolveRegion on the seed reports', () => {
	it('covers all five seeds', () => {
		expect(fixtures.reports.map((r) => r.file).sort()).toEqual(Object.keys(SEED_CODES).sort());
	});

	for (const seed of fixtures.reports) {
		it(`${seed.file}: ${Object.values(seed.region).join(' ')}`, () => {
			const body = readFileSync(new URL(`../../seeds/${seed.file}`, import.meta.url), 'utf8');
			const { region, warnings } = resolveRegion({ header: [...seed.issuers, seed.title].join('\n'), body });
			expect(region).toEqual({ ...seed.region, code: SEED_CODES[seed.file] });
			expect(warnings).toEqual([]);
		});
	}

	it('completes province and city the issuer lines leave out (云阳县 → 重庆市, 永安市 → 三明市 → 福建省)', () => {
		expect(header('中共云阳县故陵镇委员会\n云阳县故陵镇人民政府').region).toEqual({
			province: '重庆市',
			city: null,
			county: '云阳县',
			township: '故陵镇',
			code: '500235107',
		});
		expect(header('永安市贡川镇人民政府').region).toEqual({
			province: '福建省',
			city: '三明市',
			county: '永安市',
			township: '贡川镇',
			code: '350481101',
		});
	});
});

describe('a township name shared by many counties (兴隆镇)', () => {
	it('exists in many counties of the dataset', () => {
		const places = divisionIndex().byName.get('兴隆镇') ?? [];
		expect(places.length).toBeGreaterThan(10);
	});

	it('is decided by the county the header names', () => {
		expect(header('重庆市渝北区兴隆镇人民政府').region).toMatchObject({ county: '渝北区', code: '500112138' });
		expect(header('安岳县兴隆镇人民政府').region).toEqual({
			province: '四川省',
			city: '资阳市',
			county: '安岳县',
			township: '兴隆镇',
			code: '512021115',
		});
		expect(header('中共兴隆县兴隆镇委员会').region).toMatchObject({ province: '河北省', city: '承德市', county: '兴隆县' });
	});

	it('is decided by a county the body names when the header names none', () => {
		const result = resolveRegion({
			header: '兴隆镇人民政府关于2023年法治政府建设情况的报告',
			body: '在湄潭县委、县政府的正确领导下，兴隆镇坚持以习近平法治思想为指导。',
		});
		expect(result.region).toMatchObject({ province: '贵州省', city: '遵义市', county: '湄潭县', township: '兴隆镇' });
	});

	it('prefers the header county over a different county the body names more often', () => {
		const result = resolveRegion({
			header: '重庆市渝北区兴隆镇人民政府',
			body: '学习借鉴湄潭县兴隆镇经验。'.repeat(20),
		});
		expect(result.region.county).toBe('渝北区');
	});

	it('is left open, with a warning, when no county is named', () => {
		const result = header('兴隆镇人民政府');
		expect(result.region).toEqual({ province: null, city: null, county: null, township: '兴隆镇', code: null });
		expect(result.warnings.map((w) => w.code)).toEqual(['region-ambiguous']);
	});

	it('keeps what the candidates share when only the province is named', () => {
		const result = header('重庆市兴隆镇人民政府');
		expect(result.region).toMatchObject({ province: '重庆市', county: null, township: '兴隆镇', code: '50' });
		expect(result.warnings[0].code).toBe('region-ambiguous');
		expect(result.warnings[0].message).toContain('渝北区');
	});
});

describe('traditional characters', () => {
	it('toSimplified converts them', () => {
		expect(toSimplified('重慶市雲陽縣故陵鎮')).toBe('重庆市云阳县故陵镇');
		expect(toSimplified('永安市貢川鎮人民政府')).toBe('永安市贡川镇人民政府');
	});

	it('toSimplified leaves simplified text as it is', () => {
		const text = '推进法治政府建设，覆盖全镇各村（社区）。';
		expect(toSimplified(text)).toBe(text);
	});

	it('resolves a traditional-character header', () => {
		expect(header('重慶市雲陽縣故陵鎮人民政府').region).toEqual({
			province: '重庆市',
			city: null,
			county: '云阳县',
			township: '故陵镇',
			code: '500235107',
		});
	});
});

describe('kinds of division', () => {
	it('a municipality is the province, with no city; 街道办事处 is a 街道', () => {
		expect(header('重庆市渝中区解放碑街道办事处').region).toEqual({
			province: '重庆市',
			city: null,
			county: '渝中区',
			township: '解放碑街道',
			code: '500103003',
		});
	});

	it('a county-level city under a prefecture (永安市) and one directly under the province (仙桃市)', () => {
		expect(header('永安市贡川镇人民政府').region).toMatchObject({ city: '三明市', county: '永安市' });
		expect(header('仙桃市沙湖镇人民政府').region).toMatchObject({ province: '湖北省', city: null, county: '仙桃市' });
	});

	it('a prefecture-level city without counties (东莞市) has no county', () => {
		expect(header('东莞市虎门镇人民政府').region).toMatchObject({ province: '广东省', city: '东莞市', county: null, township: '虎门镇' });
	});

	it('an autonomous county written short (石柱县) and a 民族乡', () => {
		expect(header('石柱县黄水镇人民政府').region).toMatchObject({ county: '石柱土家族自治县', township: '黄水镇' });
		expect(header('永安市青水畲族乡人民政府').region).toMatchObject({ township: '青水畲族乡', code: '350481204' });
	});

	it('shortens autonomous names the way reports do', () => {
		expect(shortAutonomousName('积石山保安族东乡族撒拉族自治县')).toBe('积石山县');
		expect(shortAutonomousName('恩施土家族苗族自治州')).toBe('恩施州');
		expect(shortAutonomousName('伊犁哈萨克自治州')).toBe('伊犁州');
		expect(shortAutonomousName('东乡族自治县')).toBeNull();
		expect(shortAutonomousName('云阳县')).toBeNull();
	});
});

describe('when the dataset lacks the township', () => {
	it('keeps the named county and the township as written, with a warning', () => {
		// 兴隆镇 exists, but not in 云阳县: the county the report names decides.
		const result = header('中共云阳县兴隆镇委员会\n云阳县兴隆镇人民政府');
		expect(result.region).toEqual({ province: '重庆市', city: null, county: '云阳县', township: '兴隆镇', code: '500235' });
		expect(result.warnings.map((w) => w.code)).toEqual(['region-township-unknown']);
		expect(result.warnings[0].message).toContain('兴隆镇');
	});

	it('keeps the county when no township is written at all', () => {
		const result = header('中共云阳县委依法治县办');
		expect(result.region).toMatchObject({ county: '云阳县', township: null, code: '500235' });
		expect(result.warnings[0].code).toBe('region-township-unknown');
	});
});

describe('when nothing can be resolved', () => {
	it('returns all-null fields and region-unresolved', () => {
		const result = resolveRegion({
			header: '关于2023年法治政府建设情况的报告',
			body: '2023年，我镇坚持以习近平新时代中国特色社会主义思想为指导，推进城乡一体化和乡镇街道建设。',
		});
		expect(result.region).toEqual({ province: null, city: null, county: null, township: null, code: null });
		expect(result.warnings.map((w) => w.code)).toEqual(['region-unresolved']);
		expect(result.warnings[0].message).toMatch(/[\u4e00-\u9fff]/);
	});
});

describe('evidence weighting', () => {
	it('a township in the header outweighs one the body names more often', () => {
		const result = resolveRegion({
			header: '故陵镇人民政府',
			body: '在云阳县委的领导下，组织干部赴大足区万古镇学习。万古镇经验值得推广，万古镇做法很好。',
		});
		expect(result.region).toMatchObject({ county: '云阳县', township: '故陵镇' });
	});

	it('a county in the header restricts the townships to that county', () => {
		const result = resolveRegion({
			header: '云阳县故陵镇人民政府',
			body: '组织干部赴重庆市大足区万古镇学习。大足区万古镇经验值得推广，万古镇做法很好。'.repeat(5),
		});
		expect(result.region.township).toBe('故陵镇');
	});

	it('the body alone can decide when the header names nothing', () => {
		const result = resolveRegion({ header: '', body: '故陵镇党委召开会议。云阳县委要求故陵镇加强法治建设。' });
		expect(result.region).toMatchObject({ county: '云阳县', township: '故陵镇' });
		expect(result.warnings).toEqual([]);
	});

	it('a township name alone trusts the header, and warns when only the body has it', () => {
		expect(header('故陵镇人民政府')).toEqual({
			region: { province: '重庆市', city: null, county: '云阳县', township: '故陵镇', code: '500235107' },
			warnings: [],
		});
		const fromBody = resolveRegion({ header: '关于2023年法治政府建设情况的报告', body: '故陵镇党委召开会议。' });
		expect(fromBody.region.township).toBe('故陵镇');
		expect(fromBody.warnings.map((w) => w.code)).toEqual(['region-uncertain']);
	});
});
