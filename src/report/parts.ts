/**
 * Typing the outline's top-level blocks, and splitting a heading that holds two parts
 * (三、存在的问题及2024年工作思路) at the inline labels inside it (存在的问题： … 2024年工作思路：).
 */
import { classifyHeading } from './classify.ts';
import type { Line } from './lines.ts';
import type { RawBlock } from './outline.ts';
import type { SectionType } from './schema.ts';

export interface TypedPart {
	type: SectionType;
	block: RawBlock;
	groupHeading: string | null;
}

/** `存在的问题：一是…` → label 存在的问题, rest 一是…. Labels are short and unpunctuated. */
const LABEL_RE = /^([^，。；：:,]{2,30})[：:]\s*/;

function labelOf(p: Line, wanted: SectionType[], reportYear: number): { type: SectionType; label: string; rest: string } | null {
	const m = p.text.match(LABEL_RE);
	const label = m ? m[1]! : p.text.length <= 30 && !/[，。；]/.test(p.text) ? p.text : null;
	if (!label) return null;
	const type = classifyHeading(label, reportYear)[0];
	if (!type || !wanted.includes(type)) return null;
	return { type, label, rest: m ? p.text.slice(m[0].length) : '' };
}

function splitMerged(block: RawBlock, types: SectionType[], reportYear: number): TypedPart[] | null {
	const group = block.heading;
	const parts: TypedPart[] = [];
	const lead: Line[] = [];
	for (const p of block.paragraphs) {
		const found = labelOf(p, types, reportYear);
		if (found) {
			const paragraphs = found.rest ? [{ text: found.rest, line: p.line }] : [];
			const sub: RawBlock = { number: null, heading: found.label, rank: block.rank, line: p.line, paragraphs, children: [] };
			parts.push({ type: found.type, block: sub, groupHeading: group });
		} else if (parts.length === 0) lead.push(p);
		else parts.at(-1)!.block.paragraphs.push(p);
	}
	for (const child of block.children) {
		const type = child.heading ? classifyHeading(child.heading, reportYear)[0] : undefined;
		if (type && types.includes(type)) {
			parts.push({ type, block: { ...child, number: null, rank: block.rank, children: child.children }, groupHeading: group });
		} else if (parts.length > 0) parts.at(-1)!.block.children.push(child);
		else return null; // structure we do not understand: keep the part whole
	}
	if (parts.length < 2) return null;
	// Text before the first label stays with the first part.
	parts[0]!.block.paragraphs.unshift(...lead);
	parts[0]!.block.number = block.number;
	return parts;
}

export function typeParts(blocks: RawBlock[], reportYear: number): TypedPart[] {
	const out: TypedPart[] = [];
	for (const block of blocks) {
		const types = block.heading ? classifyHeading(block.heading, reportYear) : [];
		if (types.length > 1) {
			const split = splitMerged(block, types, reportYear);
			if (split) {
				out.push(...split);
				continue;
			}
		}
		out.push({ type: types[0] ?? defaultType(block, out), block, groupHeading: null });
	}
	return out;
}

/** How much of a topical part's opening text is read to see what it is about. */
const OPENING_CHARS = 120;

/**
 * A heading with no cue (党领导法治建设制度…情况) is read by its opening text: one that opens on
 * the first-responsibility duty is the leaders' part; otherwise it is topical work (measures)
 * until the problems part has begun.
 */
function defaultType(block: RawBlock, before: TypedPart[]): SectionType {
	const opening = [...block.paragraphs, ...block.children.flatMap((c) => c.paragraphs)]
		.map((p) => p.text)
		.join('')
		.slice(0, OPENING_CHARS);
	if (/第一责任人/.test(opening) && !before.some((p) => p.type === 'leaderDuties')) return 'leaderDuties';
	return before.some((p) => p.type === 'problems' || p.type === 'plans') ? 'other' : 'measures';
}
