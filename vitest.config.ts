import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Two cores: keep forks few, and let slow end-to-end files run beside unit files.
		pool: 'forks',
		maxWorkers: 2,
		testTimeout: 20_000,
		hookTimeout: 20_000,
		// Every test builds its own hermetic environment; nothing global leaks between files.
		restoreMocks: true,
	},
});
