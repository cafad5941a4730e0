/**
 * `sources.csv`: one row per report file, giving its provenance (url, retrieved) and the facts
 * its text does not state (province … township, year, title). Read with csv-parse (quoted
 * cells, commas and line breaks inside cells, BOM); every bad row is an error naming the row.
 */
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { divisionIndex, type Place } from '../divisions.ts';
import { ReportError } from '../errors.ts';
import type { Region } from '../schema.ts';
import { toSimplified } from '../simplify.ts';
import { SIDECAR_FILE } from './formats.ts';

/** The header, in order; every column but `file` may be left out or left blank. */
export const SIDECAR_COLUMNS = ['file', 'url', 'retrieved', 'province', 'city', 'county', 'township', 'year', 'title'] as const;

/** A blank cell is "not given". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const isRealDay = (s: string) => {
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** One row as written. */
export const SidecarRowSchema = z.object({
	/** Report file in the same folder. */
	file: z.string().trim().min(1, 'the file cell is empty'),
	/** Address of the official copy. */
	url: optional(z.string().trim().url('url is not a web address (http…)')),
	/** Day the copy was retrieved. */
	retrieved: optional(z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'retrieved is not a date written YYYY-MM-DD').refine(isRealDay, 'retrieved is not a day of the calendar')),
	/** Province-level division, full name (重庆市). */
	province: optional(z.string().trim()),
	/** Prefecture-level city. */
	city: optional(z.string().trim()),
	/** County-level division. */
	county: optional(z.string().trim()),
	/** Township, town or subdistrict. */
	township: optional(z.string().trim()),
	/** The year reported on. */
	year: optional(z.coerce.number({ error: 'year is not a year in digits (2023)' }).int('year is not a whole number').min(1990, 'year is before 1990').max(2100, 'year is after 2100')),
	/** Title to use when the text has none. */
	title: optional(z.string().trim()),
});

/** What the sidecar says about one file, checked. */
export interface SidecarEntry {
	url: string | null;
	retrieved: string | null;
	/** The region the row names, completed from the division data; null when it names none. */
	region: Region | null;
	/** Which region levels the row itself names. */
	regionFields: Array<'province' | 'city' | 'county' | 'township'>;
	year: number | null;
	title: string | null;
	/** 1-based line of the row in sources.csv. */
	line: number;
}

export interface Sidecar {
	entries: Map<string, SidecarEntry>;
	problems: ReportError[];
}

const LEVELS = ['province', 'city', 'county', 'township'] as const;
const CODE_LENGTH = { province: 2, city: 4, county: 6, township: 9 } as const;

function regionOf(place: Place): Region {
	const index = divisionIndex();
	const code = place.code;
	return {
		province: index.provinces.get(code.slice(0, 2)) ?? null,
		city: code.length >= 4 ? (index.cities.get(code.slice(0, 4)) ?? null) : null,
		county: code.length >= 6 ? (index.counties.get(code.slice(0, 6)) ?? null) : null,
		township: place.level === 'township' ? place.name : null,
		code,
	};
}

/** The one division the named levels pick out, or why there is none. */
function findRegion(names: Partial<Record<(typeof LEVELS)[number], string>>): Region | string {
	const index = divisionIndex();
	let candidates: Place[] | null = null;
	for (const level of LEVELS) {
		const name = names[level];
		if (!name) continue;
		const places = (index.byName.get(toSimplified(name)) ?? []).filter((p) => p.level === level);
		if (places.length === 0) return `${level} "${name}" is not in the division data (${level === 'township' ? '镇/乡/街道' : level}); write the full official name`;
		const within: Place[] = candidates === null ? places : places.filter((p) => candidates!.some((c) => p.code.startsWith(c.code.slice(0, CODE_LENGTH[c.level]))));
		if (within.length === 0) return `${level} "${name}" is not inside ${describe(candidates!)} in the division data`;
		candidates = within;
	}
	if (candidates === null) return 'no region';
	if (candidates.length > 1) {
		return `"${names.township ?? names.county ?? names.city ?? names.province}" names ${candidates.length} divisions (${describe(candidates)}); add the county (or city) to pick one`;
	}
	return regionOf(candidates[0]!);
}

function describe(places: Place[]): string {
	return places
		.slice(0, 4)
		.map((p) => {
			const r = regionOf(p);
			return [r.province, r.city, r.county, r.township].filter(Boolean).join('');
		})
		.join('、');
}

/** Parses sources.csv; `present` is the folder's file names, to catch rows naming missing files. */
export function readSidecar(bytes: Uint8Array, present: Set<string>, file = SIDECAR_FILE): Sidecar {
	const entries = new Map<string, SidecarEntry>();
	const problems: ReportError[] = [];
	let records: { record: Record<string, string>; info: { lines: number } }[];
	try {
		records = parse(new TextDecoder('utf-8').decode(bytes), {
			bom: true,
			columns: (header: string[]) => {
				const names = header.map((h) => h.trim().toLowerCase());
				const unknown = names.filter((h) => !(SIDECAR_COLUMNS as readonly string[]).includes(h));
				if (unknown.length > 0) throw new Error(`unknown column(s) ${unknown.join(', ')}; the header is ${SIDECAR_COLUMNS.join(',')} (every column but file optional)`);
				if (!names.includes('file')) throw new Error(`no file column; the header is ${SIDECAR_COLUMNS.join(',')}`);
				return names;
			},
			skip_empty_lines: true,
			info: true,
			relax_column_count: false,
		});
	} catch (e) {
		const line = (e as { lines?: number }).lines;
		return { entries, problems: [new ReportError(file, `cannot be read as CSV: ${(e as Error).message}`, line)] };
	}
	for (const { record, info } of records) {
		const line = info.lines;
		const row = SidecarRowSchema.safeParse(record);
		const where = `row for ${record.file?.trim() || '(no file)'}`;
		if (!row.success) {
			problems.push(new ReportError(file, `${where}: ${row.error.issues.map((i) => i.message).join('; ')}. Fix the row.`, line));
			continue;
		}
		const r = row.data;
		if (!present.has(r.file)) {
			problems.push(new ReportError(file, `${where}: no file named ${r.file} in this folder. Correct the name or remove the row.`, line));
			continue;
		}
		if (entries.has(r.file)) {
			problems.push(new ReportError(file, `${where}: the file has a row already (line ${entries.get(r.file)!.line}). Keep one row per file.`, line));
			continue;
		}
		const regionFields = LEVELS.filter((l) => r[l]);
		let region: Region | null = null;
		if (regionFields.length > 0) {
			const found = findRegion(r);
			if (typeof found === 'string') {
				problems.push(new ReportError(file, `${where}: ${found}. Fix the row.`, line));
				continue;
			}
			region = found;
		}
		entries.set(r.file, { url: r.url ?? null, retrieved: r.retrieved ?? null, region, regionFields, year: r.year ?? null, title: r.title ?? null, line });
	}
	return { entries, problems };
}
