import type {PromptRequest} from '../flow/events.js';
import {Confirm} from './Confirm.js';
import {ProjectPicker} from './ProjectPicker.js';
import {Select} from './Select.js';

/** The runner's question, shown with the matching prompt component (see Confirm, Select, ProjectPicker). */
export function Prompt({
	request,
	onAnswer,
	onCancel,
}: {
	request: PromptRequest;
	onAnswer: (request: PromptRequest, value: unknown) => void;
	onCancel?: () => void;
}) {
	switch (request.kind) {
		case 'confirm':
			return (
				<Confirm
					message={request.message}
					initial={request.initial}
					onSubmit={value => onAnswer(request, value)}
					onCancel={onCancel}
				/>
			);
		case 'select':
			return (
				<Select
					message={request.message}
					choices={request.choices}
					initial={request.initial}
					onSubmit={value => onAnswer(request, value)}
					onCancel={onCancel}
				/>
			);
		case 'project':
			return (
				<ProjectPicker
					projects={request.projects}
					current={request.current}
					onPick={projectId => onAnswer(request, projectId)}
					onCancel={onCancel}
				/>
			);
	}
}
