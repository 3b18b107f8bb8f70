import {Box, Text, useInput} from 'ink';
import {useMemo, useRef, useState} from 'react';
import type {ProjectSummary} from '../steps/types.js';
import {
	countLine,
	cursorOf,
	filterProjects,
	indexProjects,
	keystrokes,
	pickerStep,
	visibleWindow,
	windowSize,
	type PickerAction,
	type PickerState,
} from './project-list.js';
import {ProjectRow} from './ProjectRow.js';
import {useTerminalSize} from './use-terminal-size.js';
import {useTheme} from './theme-context.js';

/**
 * Pick a project from a long list: type to filter by id or name, ↑/↓, Enter. Only a window of rows
 * is drawn, so 5,000 projects cost no more than 10:
 *
 *   ? Pick the Google Cloud project for Vertex AI
 *     Filter: shop
 *   ❯ shop-prod (current)  Shop Production  123456789012
 *     shop-dev  Shop Dev  210987654321
 *     2 of 5,000 projects
 *     ↑/↓ move · Enter pick · Esc clear filter
 */
export function ProjectPicker(props: {
	projects: ProjectSummary[];
	current?: string;
	onPick: (projectId: string) => void;
	onCancel?: () => void;
}) {
	const theme = useTheme();
	const {rows} = useTerminalSize();
	const index = useMemo(() => indexProjects(props.projects), [props.projects]);
	// Keys that arrive together (a paste ending in a newline) are applied in order to the latest
	// state, which the ref holds between renders; decisions are reported as soon as they are made.
	const latest = useRef<PickerState>({query: '', selectedId: props.current});
	const [state, setState] = useState(latest.current);
	const dispatch = (action: PickerAction) => {
		const previous = latest.current;
		const next = pickerStep(index, previous, action);
		latest.current = next;
		setState(next);
		if (next.outcome === previous.outcome) return;
		if (next.outcome?.kind === 'pick') props.onPick(next.outcome.projectId);
		else if (next.outcome?.kind === 'cancel') props.onCancel?.();
	};
	const matches = useMemo(() => filterProjects(index, state.query), [index, state.query]);
	const cursor = cursorOf(matches, state.selectedId);
	const size = windowSize(rows);
	const {start, end} = visibleWindow(matches.length, cursor, size);

	useInput((input, key) => {
		if (key.upArrow) dispatch({type: 'move', by: -1});
		else if (key.downArrow) dispatch({type: 'move', by: 1});
		else if (key.pageUp) dispatch({type: 'move', by: -size});
		else if (key.pageDown) dispatch({type: 'move', by: size});
		else if (key.return) dispatch({type: 'submit'});
		else if (key.escape) dispatch({type: 'escape'});
		// Most terminals send DEL for the Backspace key, which Ink reports as `delete`.
		else if (key.backspace || key.delete) dispatch({type: 'erase'});
		else if (!key.ctrl && !key.meta && !key.tab) for (const action of keystrokes(input)) dispatch(action);
	});

	const typed = state.query.trim();
	return (
		<Box flexDirection="column">
			<Text>
				<Text color={theme.accent}>?</Text> Pick the Google Cloud project for Vertex AI
			</Text>
			<Box paddingLeft={2}>
				<Text>
					Filter: {state.query}
					{state.query === '' ? <Text color={theme.muted}>type part of a project id or name</Text> : null}
				</Text>
			</Box>
			{matches.slice(start, end).map((project, offset) => (
				<ProjectRow
					key={project.projectId}
					project={project}
					selected={start + offset === cursor}
					current={project.projectId === props.current}
				/>
			))}
			{matches.length === 0 ? (
				<Box paddingLeft={2}>
					<Text>
						{typed === ''
							? 'No projects to list. Type a project ID and press Enter.'
							: `No project matches "${typed}". Enter uses ${typed} as the project ID.`}
					</Text>
				</Box>
			) : null}
			<Box paddingLeft={2} flexDirection="column">
				<Text color={theme.muted}>{countLine(matches.length, props.projects.length, state.query)}</Text>
				<Text color={theme.muted}>↑/↓ move · Enter pick · Esc {state.query === '' ? 'cancel' : 'clear filter'}</Text>
			</Box>
		</Box>
	);
}
