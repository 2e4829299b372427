#!/usr/bin/env node
// The `galley` command. It runs the TypeScript sources directly through tsx, so it works
// on a fresh clone right after `npm ci`, with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
