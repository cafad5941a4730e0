/** RFC 4180 CSV: every field quoted, CRLF line ends, UTF-8 with BOM so spreadsheet software detects it. */
export function csvField(value: string | number | null): string {
	return `"${String(value ?? '').replace(/"/g, '""')}"`;
}

export function csv(rows: Array<Array<string | number | null>>): string {
	return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
