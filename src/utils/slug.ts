/** ASCII URL segments for Chinese place names (`大足区` → `dazuqu`), unique among siblings. */
import { pinyin } from 'pinyin-pro';

/** Conventional romanisations where plain pinyin would collide (山西 / 陕西). */
const CONVENTIONAL: Record<string, string> = { 陕西省: 'shaanxisheng' };

export function placeSlug(name: string): string {
	if (CONVENTIONAL[name]) return CONVENTIONAL[name];
	const latin = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
		.join('')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return latin || 'x';
}

/** Gives each name a slug, suffixing `-2`, `-3` when two sibling names share one. */
export function uniqueSlugs(names: string[]): Map<string, string> {
	const taken = new Set<string>();
	const slugs = new Map<string, string>();
	for (const name of [...names].sort()) {
		const base = placeSlug(name);
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		taken.add(slug);
		slugs.set(name, slug);
	}
	return slugs;
}
