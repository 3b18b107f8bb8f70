import {Text} from 'ink';
import type {ProjectSummary} from '../steps/types.js';
import {useTheme} from './theme-context.js';

/**
 * One row of the project picker, cut at the terminal's edge so every row stays one line:
 *
 *   ❯ my-proj (current)  My Project  123456789012
 */
export function ProjectRow({project, selected, current}: {project: ProjectSummary; selected: boolean; current: boolean}) {
	const theme = useTheme();
	return (
		<Text wrap="truncate-end">
			<Text color={theme.accent}>{selected ? '❯' : ' '}</Text>{' '}
			<Text color={selected ? theme.accent : undefined} bold={selected && theme.emphasis}>
				{project.projectId}
			</Text>
			{current ? <Text color={theme.success}> (current)</Text> : null}
			<Text color={theme.muted}>
				{'  '}
				{project.name}
				{'  '}
				{project.projectNumber}
			</Text>
		</Text>
	);
}
