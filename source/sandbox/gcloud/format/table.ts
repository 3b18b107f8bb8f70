/**
 * gcloud's default table: left-aligned columns two spaces apart, trailing blanks trimmed, and an
 * optional title centred over the table (Python's str.center).
 *
 *   PROJECT_ID   NAME        PROJECT_NUMBER
 *   my-proj-123  My Project  123456789012
 */
export interface TableSpec {
	title?: string;
	columns: {label: string; get: (row: unknown) => string}[];
	/** Rows are sorted on this text (gcloud's `:sort=1`). */
	sortBy?: (row: unknown) => string;
}

const PAD = 2;

export function renderTable(items: unknown[], spec: TableSpec): string {
	if (items.length === 0) return '';
	const sorted = spec.sortBy ? [...items].sort((a, b) => compare(spec.sortBy!(a), spec.sortBy!(b))) : items;
	const rows = sorted.map((item) => spec.columns.map((c) => c.get(item)));
	const header = spec.columns.map((c) => c.label);
	const widths = header.map((label, i) => Math.max(label.length, ...rows.map((r) => (r[i] ?? '').length)));
	const lines: string[] = [];
	if (spec.title !== undefined) lines.push(titleLine(spec.title, widths));
	for (const row of [header, ...rows]) {
		lines.push(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' '.repeat(PAD)).trimEnd());
	}
	return `${lines.join('\n')}\n`;
}

function titleLine(title: string, widths: number[]): string {
	let width = widths.reduce((a, b) => a + b, 0);
	if (width < title.length) {
		// A title wider than the table widens every column (table_printer.py).
		const pad = Math.floor((title.length + widths.length - 1) / widths.length);
		width += widths.length * pad;
		widths.forEach((w, i) => (widths[i] = w + pad));
	}
	width += PAD * (widths.length - 1);
	return pyCenter(title, width).trimEnd();
}

/** CPython's str.center: the odd space goes left only when both margin and width are odd. */
export function pyCenter(text: string, width: number): string {
	const margin = width - text.length;
	if (margin <= 0) return text;
	const left = Math.floor(margin / 2) + (margin & width & 1);
	return ' '.repeat(left) + text + ' '.repeat(margin - left);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
