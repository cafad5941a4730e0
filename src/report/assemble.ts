/** Raw outline blocks → schema Sections with stable anchors for every block and paragraph. */
import type { Line } from './lines.ts';
import type { RawBlock } from './outline.ts';
import type { TypedPart } from './parts.ts';
import { sectionAnchors } from './ids.ts';
import type { Paragraph, Section, Subsection, Subsubsection } from './schema.ts';

export function toParagraphs(lines: Line[], parentId: string): Paragraph[] {
	return lines.map((l, i) => ({ id: `${parentId}-p${i + 1}`, text: l.text }));
}

function subsubsection(b: RawBlock, id: string): Subsubsection {
	return { id, number: b.number, heading: b.heading, paragraphs: toParagraphs(b.paragraphs, id) };
}

function subsection(b: RawBlock, id: string): Subsection {
	return {
		...subsubsection(b, id),
		children: b.children.map((c, i) => subsubsection(c, `${id}-s${i + 1}`)),
	};
}

export function toSections(parts: TypedPart[]): Section[] {
	const anchors = sectionAnchors(parts.map((p) => p.type));
	return parts.map(({ type, block, groupHeading }, i) => {
		const id = anchors[i]!;
		return {
			...subsection(block, id),
			type,
			groupHeading,
			children: block.children.map((c, j) => subsection(c, `${id}-s${j + 1}`)),
		};
	});
}
