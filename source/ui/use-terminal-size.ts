import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export interface TerminalSize {
	/** undefined when the output is not a terminal. */
	columns?: number;
	rows?: number;
}

/** The terminal's size, following resizes. */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const read = (): TerminalSize => ({columns: stdout.columns || undefined, rows: stdout.rows || undefined});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () =>
			setSize(previous => {
				const next = read();
				return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
			});
		onResize();
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
