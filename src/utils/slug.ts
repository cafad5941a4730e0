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

/**
 * Gives each place (by key) the slug of its name, suffixing `-2`, `-3` when two siblings'
 * names read the same (pinyin homophones); keys in sorted order, so the suffixes are stable.
 */
export function uniqueSlugs(names: Map<string, string>): Map<string, string> {
	const taken = new Set<string>();
	const slugs = new Map<string, string>();
	for (const [key, name] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const base = placeSlug(name);
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		taken.add(slug);
		slugs.set(key, slug);
	}
	return slugs;
}
