import {Text, useInput} from 'ink';
import {useState} from 'react';
import {describe, expect, it} from 'vitest';
import {Spinner} from '../../source/ui/Spinner.js';
import {renderInk} from '../helpers/ink.js';

/** Shows the last key Ink reported, by the name a component would test for. */
function KeyEcho() {
	const [seen, setSeen] = useState('nothing');
	useInput((input, key) => {
		const named = (['return', 'upArrow', 'downArrow', 'escape', 'delete', 'backspace', 'tab'] as const).find(name => key[name]);
		setSeen(key.ctrl ? `ctrl+${input}` : (named ?? `text:${input}`));
	});
	return <Text>{seen}</Text>;
}

describe('Ink test kit', () => {
	it('sends named keys the way a terminal does', async () => {
		const ink = renderInk(<KeyEcho />);
		const cases = [
			['enter', 'return'],
			['up', 'upArrow'],
			['down', 'downArrow'],
			['escape', 'escape'],
			// Backspace sends DEL, which Ink names `delete`; components must accept both.
			['backspace', 'delete'],
			['tab', 'tab'],
			['ctrlC', 'ctrl+c'],
			['shop', 'text:shop'],
		] as const;
		for (const [key, seen] of cases) {
			await ink.press(key);
			await ink.waitForFrame(frame => frame === seen);
		}
	});

	it('keeps the last real frame when Ink writes a bare newline on unmount', () => {
		const ink = renderInk(<Text>still here</Text>);
		ink.unmount();
		// What Ink does in CI on unmount.
		ink.stdout.write('\n');
		expect(ink.frame()).toBe('still here');
	});

	it('freezes spinners so frames are the same every time', () => {
		expect(renderInk(<Spinner />).frame()).toBe('⠋');
	});

	it('fails a wait with the last frame in the message', async () => {
		const ink = renderInk(<Text>the screen</Text>);
		await expect(ink.waitForFrame(frame => frame.includes('never'), {timeout: 50})).rejects.toThrow(/Last frame:\nthe screen/);
	});

	it('refuses to press keys when nothing reads them', async () => {
		const ink = renderInk(<Text>no input here</Text>);
		await expect(ink.press('enter')).rejects.toThrow('Nothing on screen is reading keys');
	}, 10_000);
});
