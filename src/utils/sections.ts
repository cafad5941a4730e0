/** Plain-text views of sections, for the CSV export, descriptions and comparisons. */
import type { Section } from '../report/schema.ts';

const line = (number: string | null, heading: string | null) => `${number ?? ''}${heading ?? ''}`;

/** Every heading and paragraph of a section, one per line. */
export function sectionText(section: Section): string {
	const lines: string[] = [];
	section.paragraphs.forEach((p) => lines.push(p.text));
	for (const sub of section.children) {
		block(lines, sub);
		for (const leaf of sub.children) block(lines, leaf);
	}
	return lines.join('\n');
}

/** Heading line, then paragraphs; a run-in number goes before the first paragraph. */
function block(lines: string[], b: Pick<Section, 'number' | 'heading' | 'paragraphs'>) {
	if (b.heading) lines.push(line(b.number, b.heading));
	b.paragraphs.forEach((p, i) => lines.push(i === 0 && !b.heading && b.number ? `${b.number}${p.text}` : p.text));
}

