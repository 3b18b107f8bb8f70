import {render} from 'ink';
import type {EventBus} from '../flow/bus.js';
import type {SummaryData} from '../report/summary.js';
import {App} from '../ui/App.js';
import {Summary} from '../ui/Summary.js';

/**
 * The Ink screens, in a module of their own: Ink and its layout engine take about half a second
 * to load, which piped, CI and --json runs never need. setup and finish import this lazily.
 */
export function mountApp(bus: EventBus, onCancel: () => void): {unmount(): void; waitUntilExit(): Promise<unknown>} {
	return render(<App subscribe={bus.subscribe} onCancel={onCancel} />, {exitOnCtrlC: false});
}

export async function showSummary(data: SummaryData): Promise<void> {
	const ink = render(<Summary data={data} />);
	ink.unmount();
	await ink.waitUntilExit();
	// Ink leaves the cursor at the end of its last line; the shell prompt belongs on a new one.
	process.stdout.write('\n');
}
