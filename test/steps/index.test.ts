import {describe, expect, it} from 'vitest';
import {steps} from '../../source/steps/index.js';
import {STEP_IDS} from '../../source/steps/types.js';

describe('steps', () => {
	it('lists all ten steps in the order a person walks them, each needing only earlier ones', () => {
		expect(steps.map((s) => s.id)).toEqual([...STEP_IDS]);
		steps.forEach((step, i) => {
			for (const need of step.needs) expect(STEP_IDS.indexOf(need), `${step.id} needs ${need}`).toBeLessThan(i);
		});
	});
});
