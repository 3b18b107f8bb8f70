#!/usr/bin/env node
// Release check: the packed tarball runs through npx on a clean directory, as `npx vertex-setup`
// would from the registry. Needs the npm registry for the runtime dependencies.
//
//   node scripts/check-pack.mjs
import {$, tmpdir} from 'zx';
import {readFileSync} from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const {version} = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const out = tmpdir('vertex-setup-pack');
$.verbose = false;

const packed = await $({cwd: root})`npm pack --silent --pack-destination ${out}`;
// npx takes a tarball by a relative path (./name.tgz); an absolute one is run as a command.
const tarball = `./${packed.stdout.trim().split('\n').pop()}`;
const started = performance.now();
const printed = (await $({cwd: out})`npx --yes ${tarball} --version`).stdout.trim();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (printed !== version) throw new Error(`npx printed ${JSON.stringify(printed)}, expected ${version}`);
console.log(`${out}/${tarball.slice(2)}: npx --version printed ${printed} in ${seconds} s (first run installs the dependencies)`);
