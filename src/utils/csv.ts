/** RFC 4180 CSV: every field quoted, CRLF line ends, UTF-8 with BOM so spreadsheet software detects it. */
export function csvField(value: string | number | null): string {
	return `"${String(value ?? '').replace(/"/g, '""')}"`;
}

/** The file as lines, BOM first, so a large export never becomes one string. */
export function* csvLines(rows: Iterable<Array<string | number | null>>): Generator<string> {
	yield '\uFEFF';
	for (const row of rows) yield `${row.map(csvField).join(',')}\r\n`;
}
