/**
 * The HTML of a report body, from its published blocks and their rendered inner HTML: the
 * preamble, typed parts (parts sharing one written heading inside a group), subsections,
 * the closing. Rendered once per report in the parse-once pass and cached, so a report page
 * costs Astro one string. Every element holding report text carries `data-pb` (its block's
 * index in the list): the find bar searches exactly those, as the index does.
 */
import { SECTION_LABELS } from '../report/labels.ts';
import type { PublishedBlock } from '../report/published.ts';
import type { SectionType } from '../report/schema.ts';

/** Marks an element whose text is one published block; the value is the block's index. */
export const BLOCK_ATTRIBUTE = 'data-pb';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A part's (or group's) heading permalink, in the HTML so that a part's link works without
 * script. Its citation button, which needs the script anyway, is added by the page script
 * (src/components/CopyScript.astro), as are subheadings' and paragraphs' permalinks and
 * buttons: a long report has dozens of subheadings and hundreds of paragraphs, and ~260 bytes
 * of identical markup each is a large share of the page; their ids are their permalinks with
 * or without script.
 */
function tools(target: string): string {
	const id = escapeHtml(target);
	return `<span class="head-tools"><a class="permalink" href="#${id}" aria-label="本节链接" title="本节链接（点击复制）">#</a></span>`;
}

/** `<span class="badge">` of a part type, as listings show it. */
export function badgeHtml(type: SectionType): string {
	return `<span class="badge badge-${type}">${SECTION_LABELS[type]}</span>`;
}

function heading(level: number, className: string, target: string | null, inner: string, after = '', index?: number): string {
	const tag = `h${Math.min(level, 6)}`;
	const mark = index === undefined ? '' : ` ${BLOCK_ATTRIBUTE}="${index}"`;
	return `<${tag} class="${className}"${mark}>${inner}${after}${target === null ? '' : tools(target)}</${tag}>`;
}

type Wrapper = { anchor: string; role: 'group' | 'part' | 'sub' | 'leaf'; type: SectionType };

function wrappers(block: PublishedBlock): Wrapper[] {
	// A group heading sits in the group wrapper only: its part has not opened yet.
	const found = block.path.indexOf(block.part);
	const at = found < 0 ? block.path.length : found;
	const roles = ['part', 'sub', 'leaf'] as const;
	const type = block.scope as SectionType;
	return block.path.map((anchor, i) => ({ anchor, role: i < at ? 'group' : roles[i - at]!, type }));
}

function open(w: Wrapper): string {
	const id = escapeHtml(w.anchor);
	if (w.role === 'group') return `<div class="group" id="${id}">`;
	if (w.role === 'part') return `<section id="${id}" class="sec sec-${w.type}" data-type="${w.type}">`;
	return `<section id="${id}" class="block">`;
}

const close = (w: Wrapper) => (w.role === 'group' ? '</div>' : '</section>');

/** The body HTML. `inner` maps each body block's anchor to its rendered inline HTML. */
export function reportBodyHtml(blocks: PublishedBlock[], inner: Map<string, string>): string {
	let html = '<div class="report-body">';
	let stack: Wrapper[] = [];
	blocks.forEach((block, index) => {
		if (block.kind !== 'heading' && block.kind !== 'paragraph') return;
		const want = wrappers(block);
		let keep = 0;
		while (keep < stack.length && keep < want.length && stack[keep]!.anchor === want[keep]!.anchor) keep++;
		for (const w of stack.slice(keep).reverse()) html += close(w);
		for (const w of want.slice(keep)) {
			html += open(w);
			// A part with no heading of its own is still headed on the page, by its type's label.
			if (w.role === 'part' && !(block.kind === 'heading' && block.anchor === w.anchor)) {
				html += heading(want[0]!.role === 'group' ? 3 : 2, 'sec-h', w.anchor, SECTION_LABELS[w.type], badgeHtml(w.type));
			}
		}
		stack = want;
		const content = inner.get(block.anchor) ?? '';
		if (block.kind === 'paragraph') {
			const id = escapeHtml(block.anchor);
			html += `<p id="${id}" ${BLOCK_ATTRIBUTE}="${index}">${content}</p>`;
			return;
		}
		const role = want.at(-1)?.role;
		if (role === 'group') html += heading(block.level, 'group-heading', block.anchor, content, '', index);
		else if (role === 'part') html += heading(block.level, 'sec-h', block.anchor, content, badgeHtml(block.scope as SectionType), index);
		else html += heading(block.level, role === 'sub' ? 'sub-h' : 'leaf-h', null, content, '', index);
	});
	for (const w of stack.reverse()) html += close(w);
	return html + '</div>';
}
