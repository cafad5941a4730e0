/** Plain-text views of sections, for the CSV export, descriptions and comparisons. */
import type { Report, Section } from '../report/schema.ts';

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

/** First characters of a text, for descriptions. */
export function excerpt(text: string, length = 90): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** All paragraphs of a report in reading order, for finding a paragraph by id. */
export function allParagraphs(report: Report) {
	return [
		...report.preamble,
		...report.sections.flatMap((s) => [
			...s.paragraphs,
			...s.children.flatMap((c) => [...c.paragraphs, ...c.children.flatMap((l) => l.paragraphs)]),
		]),
		...report.closing,
	];
}
