/**
 * Observable Plot run at build time against linkedom's DOM: a chart leaves the build as SVG
 * markup, and no chart code ships to the reader.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** The SVG (or, with a legend, the <figure> around it) of one Plot chart, as markup. */
export function renderChart(options: Plot.PlotOptions & { ariaLabel: string }): string {
	const node = Plot.plot({ ...options, document: document as unknown as Document, style: { background: 'transparent', ...(options.style as object) } });
	// The table beside every chart carries its data for screen readers; the picture names itself.
	// A legend makes Plot wrap the chart in a <figure> with its own (SVG ramp) legend.
	const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
	for (const svg of svgs) svg.setAttribute('role', 'img');
	return node.outerHTML;
}
