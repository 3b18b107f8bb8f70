import {createContext, useContext, type ReactNode} from 'react';
import {themeFor, type Theme} from './theme.js';

const ThemeContext = createContext<Theme | undefined>(undefined);

/** Lets the CLI (and tests) choose the theme once, above every component. */
export function ThemeProvider({theme, children}: {theme: Theme; children: ReactNode}) {
	return <ThemeContext.Provider value={theme}>{children}</ThemeContext.Provider>;
}

/** The provided theme, or one read from this process's environment (NO_COLOR honoured). */
export function useTheme(): Theme {
	return useContext(ThemeContext) ?? themeFor(process.env);
}
