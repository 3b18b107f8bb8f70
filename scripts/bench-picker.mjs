#!/usr/bin/env node
// Measures the project picker with 5,000 projects: the cost of one keystroke (filter + window)
// and of a full Ink render of the picker, on the built package (run `npm run build` first).
//   node scripts/bench-picker.mjs [count]
import {performance} from 'node:perf_hooks';
import React from 'react';
import {render} from 'ink-testing-library';
import {filterProjects, indexProjects, visibleWindow} from '../dist/ui/project-list.js';
import {ProjectPicker} from '../dist/ui/ProjectPicker.js';

const count = Number(process.argv[2] ?? 5000);
const projects = Array.from({length: count}, (_, i) => ({
	projectId: `proj-${String(i).padStart(5, '0')}`,
	name: `Project ${i}`,
	projectNumber: String(900000000000 + i),
}));

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const index = indexProjects(projects);
const times = [];
for (const query of ['p', 'pr', 'pro', 'proj', 'proj-0', 'proj-04', 'proj-042', 'project 4', 'zzz', '']) {
	const t = performance.now();
	const matches = filterProjects(index, query);
	visibleWindow(matches.length, 0, 10);
	times.push(performance.now() - t);
}
console.log(`filter over ${count} projects: median ${median(times).toFixed(2)} ms per keystroke, max ${Math.max(...times).toFixed(2)} ms`);

const renders = [];
for (let i = 0; i < 5; i++) {
	const t = performance.now();
	const app = render(React.createElement(ProjectPicker, {projects, current: 'proj-02500', onPick() {}, onCancel() {}}));
	renders.push(performance.now() - t);
	app.unmount();
}
console.log(`first render of the picker with ${count} projects: median ${median(renders).toFixed(1)} ms`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(1)} MB`);
