import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {explain} from '../../source/explain/index.js';

interface Row {
	id: string;
	text: string;
	category: string;
	api: string;
	project: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared/data/real-errors-dev.jsonl');
const committed = path.resolve(repoRoot, 'test/explain/fixtures/real-errors-dev.jsonl');
const file = existsSync(shared) ? shared : committed;
const rows: Row[] = readFileSync(file, 'utf8')
	.split('\n')
	.filter((line) => line.trim() !== '')
	.map((line) => JSON.parse(line) as Row);

describe(`real error texts (${path.relative(repoRoot, file)})`, () => {
	const results = rows.map((row) => ({row, d: explain(row.text)}));

	it('finds the category of at least 90% of them', () => {
		const wrong = results.filter(({row, d}) => d.category !== row.category);
		const accuracy = (rows.length - wrong.length) / rows.length;
		const pairs = wrong.map(({row, d}) => `  ${row.category} → ${d.category}  (${row.id})`);
		console.log(
			`category accuracy ${(accuracy * 100).toFixed(1)}% (${rows.length - wrong.length}/${rows.length})` +
				(pairs.length ? `\nconfusions (expected → got):\n${pairs.join('\n')}` : '\nno confusions'),
		);
		expect(rows.length).toBeGreaterThan(0);
		expect(accuracy).toBeGreaterThanOrEqual(0.9);
	});

	it('extracts the service wherever the text names it', () => {
		const named = results.filter(({row}) => row.api && row.text.includes(row.api));
		const wrong = named.filter(({row, d}) => d.service !== row.api).map(({row, d}) => `${row.id}: ${row.api} → ${d.service}`);
		console.log(`service named in ${named.length} texts, extracted right in ${named.length - wrong.length}`);
		expect(named.length).toBeGreaterThan(0);
		expect(wrong).toEqual([]);
	});

	it('extracts the project wherever the text names it', () => {
		const named = results.filter(({row}) => row.project && row.text.includes(row.project));
		const wrong = named.filter(({row, d}) => d.project !== row.project).map(({row, d}) => `${row.id}: ${row.project} → ${d.project}`);
		console.log(`project named in ${named.length} texts, extracted right in ${named.length - wrong.length}`);
		expect(named.length).toBeGreaterThan(0);
		expect(wrong).toEqual([]);
	});

	it('gives every diagnosis a summary, a reason and something to do', () => {
		for (const {d} of results) {
			expect(d.summary).not.toBe('');
			expect(d.why).not.toBe('');
			expect(d.steps.length + d.commands.length).toBeGreaterThan(0);
			expect(d.confidence).toBeGreaterThan(0);
			expect(d.confidence).toBeLessThanOrEqual(1);
			// No template syntax may leak into what people read or paste.
			for (const line of [d.summary, d.why, ...d.steps, ...d.commands, d.wizardCommand ?? '']) {
				expect(line).not.toMatch(/[⟦⟧]|\{[a-zA-Z]+(?:\|[^{}]*)?\}/);
			}
		}
	});
});
