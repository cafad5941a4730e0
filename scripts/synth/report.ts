/**
 * One synthetic report in a real report's shape: title block, preamble, the four parts
 * (sometimes leaders first, sometimes problems and plans under one heading), sign-off.
 * Returns the text as an author would write it, before extraction noise (see noise.ts).
 */
import { CN_NUMBERS, HEADINGS, fill } from './headings.ts';
import type { Place } from './places.ts';
import type { Block, Pool } from './pool.ts';
import type { Random } from './random.ts';
import { inventSentence, vary } from './vary.ts';

export interface SyntheticReport {
	place: Place;
	year: number;
	/** Paragraph lines (headings included), before noise. */
	lines: string[];
}

function kindOf(township: string): string {
	return township.endsWith('街道') ? '街道' : township.endsWith('乡') ? '乡' : '镇';
}

function body(blocks: Block[], place: Place, year: number, rng: Random, halfWidth: boolean): string[] {
	const lines: string[] = [];
	blocks.forEach((b, i) => {
		const paragraphs = b.paragraphs.map((p) => vary(p, b.origin, place, year, rng));
		if (rng.chance(0.5)) paragraphs.push(inventSentence(rng));
		if (b.heading) {
			const n = CN_NUMBERS[i]!;
			const number = halfWidth ? `(${n})` : `（${n}）`;
			lines.push(`${number}${vary(b.heading, b.origin, place, year, rng)}`, ...paragraphs);
		} else lines.push(...paragraphs);
	});
	return lines;
}

function header(place: Place, year: number, rng: Random): string[] {
	// Reports name the city or municipality too (中共重庆市大足区万古镇委), which places same-named counties.
	const where = `${place.city ?? place.province}${place.county}`;
	const party = `中共${where}${place.township}委员会`;
	const gov = `${where}${place.township}人民政府`;
	const recipients = rng.pick(['区委、区政府：', '县委、县政府：', '市委、市政府：', '县政府：']);
	const title = `关于${year}年法治政府建设情况的报告`;
	const shape = rng.int(0, 3);
	if (shape === 0) return [party, `${place.township.slice(0, 2)}委文〔${year + 1}〕${rng.int(1, 30)}号`, `签发人：${rng.pick(['陈川', '李明', '王芳', '张伟'])}`, `${party} ${gov} ${title}`, recipients];
	if (shape === 1) return [party, gov, title, recipients];
	if (shape === 2) return [`${gov}文件`, `${place.township.slice(0, 2)}政〔${year}〕${rng.int(1, 99)}号`, `${gov} ${title}`];
	return [`${gov} ${year} 年法治政府建设年度报告`, recipients];
}

export function composeReport(place: Place, year: number, pool: Pool, rng: Random): SyntheticReport {
	const kind = kindOf(place.township);
	const halfWidth = rng.chance(0.3);
	const parts: { heading: string; lines: string[] }[] = [];
	const pickBlocks = (type: keyof Pool, n: number) => rng.sample(pool[type], n);
	parts.push({ heading: fill(rng.pick(HEADINGS.measures), year, kind), lines: body(pickBlocks('measures', rng.int(2, 6)), place, year, rng, halfWidth) });
	const leaders = { heading: fill(rng.pick(HEADINGS.leaderDuties), year, kind), lines: body(pickBlocks('leaderDuties', rng.int(1, 2)), place, year, rng, halfWidth) };
	if (rng.chance(0.1)) parts.unshift(leaders);
	else parts.push(leaders);
	const problems = body(pickBlocks('problems', 1), place, year, rng, halfWidth);
	const plans = body(pickBlocks('plans', rng.int(1, 3)), place, year, rng, halfWidth);
	if (rng.chance(0.15)) {
		const [heading, p, q] = rng.pick(HEADINGS.merged).map((h) => fill(h, year, kind));
		parts.push({ heading: heading!, lines: [`${p}：${problems.join('')}`, `${q}：${plans.filter((l) => !/^[（(]/.test(l)).join('')}`] });
	} else {
		parts.push({ heading: fill(rng.pick(HEADINGS.problems), year, kind), lines: problems });
		parts.push({ heading: fill(rng.pick(HEADINGS.plans), year, kind), lines: plans });
	}
	const lines = [
		...header(place, year, rng),
		`${year}年，${place.township}坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，现将有关情况报告如下：`,
		...parts.flatMap((p, i) => [`${CN_NUMBERS[i]}、${p.heading}`, ...p.lines]),
		'特此报告。',
		`${place.county}${place.township}人民政府`,
		`${year + 1}年${rng.int(1, 2)}月${rng.int(1, 28)}日`,
	];
	if (rng.chance(0.2)) lines.push(`（联系人：${rng.pick(['张琼', '刘洋', '周敏'])}；联系电话：1${rng.int(3, 9)}${String(rng.int(0, 999999999)).padStart(9, '0')}）`);
	return { place, year, lines };
}
