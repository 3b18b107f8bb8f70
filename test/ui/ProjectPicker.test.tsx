import {describe, expect, it, vi} from 'vitest';
import type {ProjectSummary} from '../../source/steps/types.js';
import {ProjectPicker} from '../../source/ui/ProjectPicker.js';
import {renderInk} from '../helpers/ink.js';

const few: ProjectSummary[] = [
	{projectId: 'shop-prod', name: 'Shop Production', projectNumber: '123456789012'},
	{projectId: 'shop-dev', name: 'Shop Dev', projectNumber: '210987654321'},
	{projectId: 'ml-sandbox', name: 'Ana Experiments', projectNumber: '555555555555'},
];
const many: ProjectSummary[] = Array.from({length: 5000}, (_, i) => {
	const n = String(i).padStart(4, '0');
	return {projectId: `proj-${n}`, name: `Team ${n} service`, projectNumber: String(100000000000 + i)};
});
const rowsOf = (frame: string) => frame.split('\n').filter(line => /^[❯ ] \S+-\S+/.test(line) && !line.startsWith('  ↑'));

function picker(projects: ProjectSummary[], current?: string, options?: {rows?: number; columns?: number}) {
	const onPick = vi.fn();
	const onCancel = vi.fn();
	const ink = renderInk(<ProjectPicker projects={projects} current={current} onPick={onPick} onCancel={onCancel} />, options);
	return {ink, onPick, onCancel};
}

describe('ProjectPicker', () => {
	it('shows id, name and number per row, with the current project preselected and marked', () => {
		const {ink} = picker(few, 'shop-dev');
		expect(ink.frame()).toBe(
			[
				'? Pick the Google Cloud project for Vertex AI',
				'  Filter: type part of a project id or name',
				'  shop-prod  Shop Production  123456789012',
				'❯ shop-dev (current)  Shop Dev  210987654321',
				'  ml-sandbox  Ana Experiments  555555555555',
				'  3 projects',
				'  ↑/↓ move · Enter pick · Esc cancel',
			].join('\n'),
		);
	});

	it('filters by id as you type and picks the match with Enter', async () => {
		const {ink, onPick} = picker(few, 'shop-prod');
		await ink.press('sHoP-d');
		const frame = await ink.waitForFrame(f => f.includes('1 of 3 projects'));
		expect(rowsOf(frame)).toEqual(['❯ shop-dev  Shop Dev  210987654321']);
		await ink.press('enter');
		expect(onPick).toHaveBeenCalledWith('shop-dev');
	});

	it('filters by name, ignoring case', async () => {
		const {ink} = picker(few);
		await ink.press('experiments');
		const frame = await ink.waitForFrame(f => f.includes('1 of 3 projects'));
		expect(rowsOf(frame)).toEqual(['❯ ml-sandbox  Ana Experiments  555555555555']);
	});

	it('moves with ↑/↓ and picks the highlighted project', async () => {
		const {ink, onPick} = picker(few, 'shop-prod');
		await ink.press('down', 'down');
		await ink.waitForFrame(f => f.includes('❯ ml-sandbox'));
		await ink.press('up');
		await ink.waitForFrame(f => f.includes('❯ shop-dev'));
		await ink.press('enter');
		expect(onPick).toHaveBeenCalledWith('shop-dev');
	});

	it('takes a typed project id that is not in the list', async () => {
		const {ink, onPick} = picker(few);
		await ink.press('other-team-proj');
		await ink.waitForFrame(f => f.includes('No project matches "other-team-proj". Enter uses other-team-proj as the project ID.'));
		expect(ink.frame()).toContain('0 of 3 projects');
		await ink.press('enter');
		expect(onPick).toHaveBeenCalledWith('other-team-proj');
	});

	it('edits the filter with Backspace', async () => {
		const {ink} = picker(few);
		await ink.press('shop-dx');
		await ink.waitForFrame(f => f.includes('0 of 3 projects'));
		await ink.press('backspace');
		const frame = await ink.waitForFrame(f => f.includes('1 of 3 projects'));
		expect(frame).toContain('Filter: shop-d\n');
	});

	it('applies Backspaces that arrive together (key repeat)', async () => {
		const {ink} = picker(few);
		await ink.press('shop-dx');
		await ink.waitForFrame(f => f.includes('0 of 3 projects'));
		await ink.press('\u007f\u007f\u007f');
		const frame = await ink.waitForFrame(f => f.includes('2 of 3 projects'));
		expect(frame).toContain('Filter: shop\n');
	});

	it('clears the filter on Esc, and cancels on a second Esc', async () => {
		const {ink, onCancel, onPick} = picker(few);
		await ink.press('shop');
		await ink.waitForFrame(f => f.includes('2 of 3 projects') && f.includes('Esc clear filter'));
		await ink.press('escape');
		await ink.waitForFrame(f => f.includes('  3 projects') && f.includes('Esc cancel'));
		expect(onCancel).not.toHaveBeenCalled();
		await ink.press('escape');
		expect(onCancel).toHaveBeenCalledTimes(1);
		expect(onPick).not.toHaveBeenCalled();
	});

	it('picks a pasted project id that ends in a newline', async () => {
		const {ink, onPick} = picker(few);
		await ink.press('ml-sandbox\n');
		expect(onPick).toHaveBeenCalledWith('ml-sandbox');
	});

	it('with 5,000 projects draws only a window of rows around the current one', () => {
		const {ink} = picker(many, 'proj-2500');
		const frame = ink.frame();
		const rows = rowsOf(frame);
		expect(rows.length).toBe(10);
		expect(rows).toContain('❯ proj-2500 (current)  Team 2500 service  100000002500');
		expect(frame).toContain('5,000 projects');
		expect(frame.split('\n').length).toBeLessThanOrEqual(14);
	});

	it('with 5,000 projects narrows to one project and picks it', async () => {
		const {ink, onPick} = picker(many);
		await ink.press('team 4321');
		const frame = await ink.waitForFrame(f => f.includes('1 of 5,000 projects'));
		expect(rowsOf(frame)).toEqual(['❯ proj-4321  Team 4321 service  100000004321']);
		await ink.press('enter');
		expect(onPick).toHaveBeenCalledWith('proj-4321');
	});

	it('scrolls the window as the cursor moves past its edge', async () => {
		const {ink} = picker(many);
		expect(rowsOf(ink.frame())[0]).toContain('proj-0000');
		await ink.press('pageDown', 'pageDown', 'down');
		const frame = await ink.waitForFrame(f => f.includes('❯ proj-0021'));
		expect(rowsOf(frame).length).toBe(10);
		expect(frame).not.toContain('proj-0000');
	});

	it('shows fewer rows on a short terminal, and keeps each row on one line when narrow', () => {
		const {ink} = picker(many, undefined, {rows: 12, columns: 30});
		const lines = ink.frame().split('\n');
		expect(rowsOf(ink.frame()).length).toBe(3);
		expect(lines.filter(line => line.includes('proj-')).every(line => line.length <= 30)).toBe(true);
	});

	it('says what to do when there is nothing to list', async () => {
		const {ink, onPick} = picker([]);
		expect(ink.frame()).toContain('No projects to list. Type a project ID and press Enter.');
		await ink.press('enter');
		expect(onPick).not.toHaveBeenCalled();
		await ink.press('my-proj', 'enter');
		expect(onPick).toHaveBeenCalledWith('my-proj');
	});
});

describe('ProjectPicker after a cancelled Esc', () => {
	it('reports each decision once: Enter on an empty list does not repeat the cancel', async () => {
		const onPick = vi.fn();
		const onCancel = vi.fn();
		const ink = renderInk(<ProjectPicker projects={[]} onPick={onPick} onCancel={onCancel} />);
		await ink.press('escape', 'enter', 'down');
		expect(onCancel).toHaveBeenCalledTimes(1);
		expect(onPick).not.toHaveBeenCalled();
	});
});
