import os from 'node:os';
import path from 'node:path';

/** The port of the end-to-end server (`E2E_PORT` overrides it). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** Scratch space of one run: the PGlite data directory and the demo accounts (`demo.json`). */
export const E2E_STATE_DIR = path.join(os.tmpdir(), `ocop-e2e-${E2E_PORT}`);
export const E2E_DEMO_FILE = path.join(E2E_STATE_DIR, 'demo.json');
