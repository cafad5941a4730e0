/**
 * THE published text of a report: the blocks a reader sees, in reading order. The report
 * page, the search records, the find bar, the CSV rows and the insight passes all read this
 * list, so they cannot disagree on what a report says or where a block is.
 */
import { leadRanges } from './lead.ts';
import { SCOPE_LABELS, type BlockScope } from './labels.ts';
import type { Paragraph, Report, Section } from './schema.ts';
import { normalizeText } from './text.ts';

export type { BlockScope };

/** What a block is on the page. */
export type BlockKind = 'title' | 'meta' | 'heading' | 'paragraph';

export interface PublishedBlock {
	/** Anchor of the block on the report page (`measures-s1-p2`); header fields share `title`. */
	anchor: string;
	/** Title line, a title-block field, a heading, or a paragraph. */
	kind: BlockKind;
	/** Heading level on the page (2–4); 0 for other kinds. */
	level: number;
	/** Section type, or the title/preamble (`front`) and the sign-off (`closing`). */
	scope: BlockScope;
	/** Anchor of the top-level part the block belongs to, `title`, or the first closing paragraph. */
	part: string;
	/** Label of that part, as search results name it. */
	partLabel: string;
	/** Anchors of the wrappers the block sits in, outermost first: group, part, subsection, leaf. */
	path: string[];
	/** Text exactly as shown: whitespace collapsed, control characters dropped. */
	text: string;
	/** [start, end) ranges of `text` shown emphasised (lead phrases). */
	emphasis: Array<[number, number]>;
}

/** Anchor of the report's title block (`<h1 id="title">` and its metadata list). */
export const TITLE_ANCHOR = 'title';

/** Anchor of the group heading shown above the first part it holds. */
export function groupId(sectionId: string): string {
	return `${sectionId}-group`;
}

/** Heading text as written: number then heading (`一、主要举措`). */
export function headingText(number: string | null, heading: string | null): string {
	return `${number ?? ''}${heading ?? ''}`;
}

/** The label a part's own heading shows: inside a group the number belongs to the group heading. */
export function partHeading(section: Pick<Section, 'number' | 'heading' | 'groupHeading'>): string | null {
	return section.groupHeading || !section.heading ? section.heading : headingText(section.number, section.heading);
}

/** Title-block fields in page order, as written in the report. */
export function titleFields(report: Pick<Report, 'title' | 'issuers' | 'docNumber' | 'signer' | 'recipients'>): Array<{ field: string; text: string }> {
	const fields = [
		{ field: 'title', text: report.title },
		{ field: 'issuers', text: report.issuers.join('、') },
		{ field: 'docNumber', text: report.docNumber ?? '' },
		{ field: 'signer', text: report.signer ?? '' },
		{ field: 'recipients', text: report.recipients ?? '' },
	];
	return fields.filter((f) => f.text);
}

/**
 * Blocks already made for a Report object: a build's corpus passes (insight's laws, figures
 * and copies) read each report's blocks several times, and reports read from the cache
 * arrive with theirs (`knownBlocks`).
 */
const made = new WeakMap<Report, PublishedBlock[]>();

/** Records the blocks of a report read back from the cache, so they are not made again. */
export function knownBlocks(report: Report, blocks: PublishedBlock[]): Report {
	made.set(report, blocks);
	return report;
}

export function publishedBlocks(report: Report): PublishedBlock[] {
	let blocks = made.get(report);
	if (!blocks) made.set(report, (blocks = makeBlocks(report)));
	return blocks;
}

function makeBlocks(report: Report): PublishedBlock[] {
	const blocks: PublishedBlock[] = [];
	type At = Pick<PublishedBlock, 'scope' | 'part' | 'partLabel'>;
	const push = (anchor: string, kind: BlockKind, level: number, at: At, path: string[], raw: string) => {
		const text = normalizeText(raw);
		blocks.push({ anchor, kind, level, ...at, path, text, emphasis: kind === 'paragraph' ? leadRanges(text) : [] });
	};
	const front: At = { scope: 'front', part: TITLE_ANCHOR, partLabel: SCOPE_LABELS.front };
	for (const { field, text } of titleFields(report)) push(TITLE_ANCHOR, field === 'title' ? 'title' : 'meta', 0, front, [], text);
	const paragraphs = (list: Paragraph[], at: At, path: string[], runIn: string | null = null) =>
		list.forEach((p, i) => push(p.id, 'paragraph', 0, at, path, `${i === 0 && runIn ? runIn : ''}${p.text}`));
	paragraphs(report.preamble, front, []);
	let group: string | null = null;
	let groupAnchor: string | null = null;
	for (const section of report.sections) {
		const label = partHeading(section);
		const at: At = { scope: section.type, part: section.id, partLabel: label || section.groupHeading || SCOPE_LABELS[section.type] };
		// A run of parts under one written heading shares the group wrapper of its first part.
		if (section.groupHeading !== group) groupAnchor = section.groupHeading ? groupId(section.id) : null;
		const outer = groupAnchor ? [groupAnchor] : [];
		if (section.groupHeading && section.groupHeading !== group) {
			push(groupAnchor!, 'heading', 2, at, outer, headingText(section.number, section.groupHeading));
		}
		const level = section.groupHeading ? 3 : 2;
		group = section.groupHeading;
		const own = [...outer, section.id];
		if (label) push(section.id, 'heading', level, at, own, label);
		paragraphs(section.paragraphs, at, own, label || section.groupHeading ? null : section.number);
		for (const sub of section.children) {
			const inSub = [...own, sub.id];
			if (sub.heading) push(sub.id, 'heading', level + 1, at, inSub, headingText(sub.number, sub.heading));
			paragraphs(sub.paragraphs, at, inSub, sub.heading ? null : sub.number);
			for (const leaf of sub.children) {
				const inLeaf = [...inSub, leaf.id];
				if (leaf.heading) push(leaf.id, 'heading', level + 2, at, inLeaf, headingText(leaf.number, leaf.heading));
				paragraphs(leaf.paragraphs, at, inLeaf, leaf.heading ? null : leaf.number);
			}
		}
	}
	const closing: At = { scope: 'closing', part: report.closing[0]?.id ?? TITLE_ANCHOR, partLabel: SCOPE_LABELS.closing };
	paragraphs(report.closing, closing, []);
	return blocks;
}

/** The blocks of one part below its own heading and its group's: what the part says. */
export function partBlocks(blocks: PublishedBlock[], part: string): PublishedBlock[] {
	return blocks.filter((b) => b.part === part && b.anchor !== part && b.anchor !== groupId(part));
}

/** Blocks a search can match: those with a visible character. */
export function searchableBlocks(blocks: PublishedBlock[]): PublishedBlock[] {
	return blocks.filter((b) => /\S/u.test(b.text));
}
