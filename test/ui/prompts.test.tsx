import {describe, expect, it, vi} from 'vitest';
import {Confirm} from '../../source/ui/Confirm.js';
import {Select} from '../../source/ui/Select.js';
import {renderInk} from '../helpers/ink.js';

describe('Confirm', () => {
	it('shows the question with the initial answer highlighted; Enter accepts it', async () => {
		const onSubmit = vi.fn();
		const ink = renderInk(<Confirm message="Enable aiplatform.googleapis.com on my-proj?" initial onSubmit={onSubmit} />);
		expect(ink.frame()).toBe('? Enable aiplatform.googleapis.com on my-proj?\n❯ Yes\n  No');
		await ink.press('enter');
		expect(onSubmit).toHaveBeenCalledWith(true);
	});

	it('honours initial=false and answers No after ↓ then ↑ back', async () => {
		const onSubmit = vi.fn();
		const ink = renderInk(<Confirm message="Write .env here?" initial={false} onSubmit={onSubmit} />);
		expect(ink.frame()).toContain('  Yes\n❯ No');
		await ink.press('up');
		await ink.waitForFrame(frame => frame.includes('❯ Yes'));
		await ink.press('down', 'enter');
		expect(onSubmit).toHaveBeenCalledTimes(1);
		expect(onSubmit).toHaveBeenCalledWith(false);
	});

	it('takes y and n as answers, and Esc as cancel', async () => {
		const onSubmit = vi.fn();
		const onCancel = vi.fn();
		const ink = renderInk(<Confirm message="Go?" initial onSubmit={onSubmit} onCancel={onCancel} />);
		await ink.press('n');
		expect(onSubmit).toHaveBeenLastCalledWith(false);
		await ink.press('y');
		expect(onSubmit).toHaveBeenLastCalledWith(true);
		await ink.press('escape');
		expect(onCancel).toHaveBeenCalledTimes(1);
	});
});

const regions = [
	{label: 'global', value: 'global', hint: 'newest models'},
	{label: 'us-central1', value: 'us-central1'},
	{label: 'europe-west4', value: 'europe-west4', hint: 'data stays in the EU'},
];

describe('Select', () => {
	it('lists the choices with their hints and the initial one highlighted', () => {
		const ink = renderInk(<Select message="Which region?" choices={regions} initial="us-central1" onSubmit={() => {}} />);
		expect(ink.frame()).toBe(
			['? Which region?', '  global · newest models', '❯ us-central1', '  europe-west4 · data stays in the EU'].join('\n'),
		);
	});

	it('answers with the value under the pointer after arrow keys', async () => {
		const onSubmit = vi.fn();
		const ink = renderInk(<Select message="Which region?" choices={regions} onSubmit={onSubmit} />);
		await ink.press('down', 'down');
		await ink.waitForFrame(frame => frame.includes('❯ europe-west4'));
		await ink.press('enter');
		expect(onSubmit).toHaveBeenCalledWith('europe-west4');
	});

	it('hands back values of any type, not labels', async () => {
		const fix = {id: 'enable'};
		const onSubmit = vi.fn();
		const ink = renderInk(
			<Select<typeof fix | undefined>
				message="How do you want to fix APIs?"
				choices={[{label: 'Enable it', value: fix}, {label: 'Skip for now', value: undefined}]}
				initial={fix}
				onSubmit={onSubmit}
			/>,
		);
		await ink.press('enter');
		expect(onSubmit).toHaveBeenCalledWith(fix);
		expect(onSubmit.mock.calls[0]![0]).toBe(fix);
	});

	it('shows only a window of a long list on a short terminal', () => {
		const many = Array.from({length: 40}, (_, index) => ({label: `region-${index}`, value: index}));
		const ink = renderInk(<Select message="Which region?" choices={many} onSubmit={() => {}} />, {rows: 14});
		const rows = ink.frame().split('\n').filter(line => line.includes('region-'));
		expect(rows.length).toBe(5);
	});

	it('cancels on Esc', async () => {
		const onCancel = vi.fn();
		const ink = renderInk(<Select message="Which region?" choices={regions} onSubmit={() => {}} onCancel={onCancel} />);
		await ink.press('escape');
		expect(onCancel).toHaveBeenCalledTimes(1);
	});
});
