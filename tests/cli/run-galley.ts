/**
 * Runs the real `galley` command (`node bin/galley.mjs …`, from the repository root) and
 * collects what it printed, as a user's shell would see it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const DEV_PAGES = [
  'tests/fixtures/dev/000_b9d590ed33f85a10.txt',
  'tests/fixtures/dev/001_3a57963cec553cb3.txt',
  'tests/fixtures/dev/002_231d657270cb7023.txt',
] as const;

export const ENGLISH_SAMPLE = 'resources/samples/en-evening-gazette.txt';

export interface GalleyRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Called with the child's stdout once its first output arrives (to close it early). */
  readonly onFirstOutput?: (stdout: NodeJS.ReadableStream & { destroy(): void }) => void;
}

/** Spawns `node bin/galley.mjs ...args` with cwd at the repository root. */
export function runGalley(args: readonly string[], options: RunOptions = {}): Promise<GalleyRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/galley.mjs', ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let first = true;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (first && options.onFirstOutput) options.onFirstOutput(child.stdout);
      first = false;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A fresh temporary folder for each test of the calling file, removed after it; returns a
 * function that makes paths inside it (`at('out', 'p.json')`).
 */
export function eachTestInTempFolder(prefix: string): (...parts: string[]) => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return (...parts) => path.join(dir, ...parts);
}
