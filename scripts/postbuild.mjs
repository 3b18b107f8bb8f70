// The published entry point must be executable so `npx vertex-setup` and `npm link` can run it.
import {chmodSync} from 'node:fs';
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
