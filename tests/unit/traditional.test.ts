/** Traditional-character input: structure and region read as for the simplified original; text kept as written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseReport } from '../../src/report/index.ts';
import { parseSeed } from './helpers.ts';

it('parses a traditional-character report like its simplified original', () => {
	const file = join(import.meta.dirname, '../fixtures/traditional/003_4b5947e6a3d500ee-traditional.txt');
	const traditional = parseReport(new Uint8Array(readFileSync(file)), 'traditional.txt');
	const simplified = parseSeed('003_4b5947e6a3d500ee.txt');
	expect(traditional.region).toEqual(simplified.region);
	expect(traditional.reportYear).toBe(simplified.reportYear);
	expect(traditional.issuedDate).toBe(simplified.issuedDate);
	expect(traditional.id).toBe(simplified.id);
	expect(traditional.sections.map((s) => s.type)).toEqual(simplified.sections.map((s) => s.type));
	expect(traditional.issuers).toHaveLength(simplified.issuers.length);
	// Published as written, not converted.
	expect(traditional.title).toContain('關於');
	expect(traditional.sections[2]!.heading).toBe('問題和不足');
});
