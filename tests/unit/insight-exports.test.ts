/** The download notes document every field of the laws, figures and similar exports. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CitationSchema, CopyShareSchema, FigureSchema, IndicatorSchema, LawSchema, SimilarMatchSchema } from '../../src/insight/schema.ts';

const note = readFileSync('src/components/insight/InsightData.astro', 'utf8');

describe('InsightData', () => {
	const schemas = { LawSchema, CitationSchema, FigureSchema, IndicatorSchema, SimilarMatchSchema, CopyShareSchema };
	for (const [name, schema] of Object.entries(schemas)) {
		it(`names every field of ${name}`, () => {
			const missing = Object.keys(schema.shape).filter((key) => !note.includes(`<code>${key}</code>`));
			expect(missing).toEqual([]);
		});
	}

	it('names every law kind', () => {
		for (const kind of LawSchema.shape.kind.options) expect(note).toContain(kind);
	});
});
