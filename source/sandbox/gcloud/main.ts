#!/usr/bin/env node
/**
 * The sandbox `gcloud`: a stand-in for gcloud 528 that talks to the vertex-setup emulator over
 * HTTP, as the real gcloud would with CLOUDSDK_API_ENDPOINT_OVERRIDES_* and CLOUDSDK_AUTH_TOKEN_HOST.
 */
import {runGcloud} from './run.js';

const code = await runGcloud(process.argv.slice(2), process.env, {stdout: process.stdout, stderr: process.stderr});
// Exit once both streams have flushed, so idle keep-alive sockets cannot hold the process open.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
