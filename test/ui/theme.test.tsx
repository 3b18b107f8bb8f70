import {render} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it, vi} from 'vitest';

// Colour codes are only written when the terminal supports them; a test stdout is not a terminal,
// so colour support is forced before Ink (and its chalk) load. NO_COLOR must still win over it.
const previousForceColor = vi.hoisted(() => {
	const previous = process.env['FORCE_COLOR'];
	process.env['FORCE_COLOR'] = '1';
	return previous;
});
// Chalk read it at import; put it back so nothing else in this process sees it.
afterAll(() => {
	if (previousForceColor === undefined) delete process.env['FORCE_COLOR'];
	else process.env['FORCE_COLOR'] = previousForceColor;
});

import {ProjectPicker} from '../../source/ui/ProjectPicker.js';
import {StepLine} from '../../source/ui/StepLine.js';
import {Summary} from '../../source/ui/Summary.js';
import {colorEnabled, themeFor} from '../../source/ui/theme.js';
import {renderInk} from '../helpers/ink.js';

const ESC = '\u001B[';
const failing = <StepLine title="Billing" finding={{status: 'fail', summary: 'Billing is off', fix: 'link one.', commands: ['gcloud billing projects link p']}} />;
const projects = [{projectId: 'shop-prod', name: 'Shop', projectNumber: '1'}];

describe('theme', () => {
	afterEach(() => {
		delete process.env['NO_COLOR'];
	});

	it('colours marks by meaning when colour is on', () => {
		const ink = renderInk(<StepLine title="APIs" finding={{status: 'ok', summary: 'Vertex AI API enabled'}} />);
		expect(ink.rawFrame()).toContain(`${ESC}32m✔`);
		expect(renderInk(failing).rawFrame()).toContain(`${ESC}31m✖`);
	});

	it('writes no escape codes at all under NO_COLOR', () => {
		expect(renderInk(failing, {env: {NO_COLOR: '1'}}).rawFrame()).not.toContain(ESC);
		const picker = renderInk(<ProjectPicker projects={projects} current="shop-prod" onPick={() => {}} />, {env: {NO_COLOR: '1'}});
		expect(picker.rawFrame()).toContain('❯ shop-prod (current)');
		expect(picker.rawFrame()).not.toContain(ESC);
		const summary = renderInk(
			<Summary data={{steps: [{id: 'a', title: 'A', status: 'warn', summary: 's'}], commandsRun: ['c'], env: {A: 'b'}}} />,
			{env: {NO_COLOR: '1'}},
		);
		expect(summary.rawFrame()).not.toContain(ESC);
	});

	it('writes no escape codes under FORCE_COLOR=0', () => {
		expect(renderInk(failing, {env: {FORCE_COLOR: '0'}}).rawFrame()).not.toContain(ESC);
	});

	it('reads NO_COLOR from the process when no theme is provided', () => {
		process.env['NO_COLOR'] = '1';
		const bare = render(failing);
		expect(bare.lastFrame()).toContain('✖ Billing: Billing is off');
		expect(bare.lastFrame()).not.toContain(ESC);
		bare.unmount();
	});

	it('follows no-color.org: an empty NO_COLOR does not count', () => {
		expect(colorEnabled({NO_COLOR: ''})).toBe(true);
		expect(colorEnabled({NO_COLOR: 'yes'})).toBe(false);
		expect(colorEnabled({FORCE_COLOR: '0'})).toBe(false);
		expect(colorEnabled({})).toBe(true);
		expect(themeFor({NO_COLOR: '1'})).toEqual({emphasis: false, animate: true});
	});
});
