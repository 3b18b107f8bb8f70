import {Text} from 'ink';
import InkSpinner from 'ink-spinner';
import {useTheme} from './theme-context.js';

/** The first frame of the `dots` spinner, shown when the theme says nothing should move. */
const STILL = '⠋';

/** ⠋ — animated unless the theme turns animation off (tests need identical frames). */
export function Spinner() {
	const theme = useTheme();
	return <Text color={theme.accent}>{theme.animate ? <InkSpinner type="dots" /> : STILL}</Text>;
}
