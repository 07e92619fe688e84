#!/usr/bin/env node
// The `ocop` command. Runs the TypeScript sources through tsx so that `npx ocop …` works right
// after `npm install`, without a separate build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
