// @vitest-environment node
/** Help, and what `galley` says to a command line it cannot use: exit code 2, no stack trace. */
import { describe, expect, it } from 'vitest';
import { DEV_PAGES, runGalley } from './run-galley';

const SLOW = 60_000;
const STACK_FRAME = /\n\s+at /u;

describe('galley usage', () => {
  it('prints its usage for --help, naming the reconstruct command', async () => {
    const run = await runGalley(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: galley/u);
    expect(run.stdout).toContain('reconstruct');
    expect(run.stdout).not.toContain('bench');
  }, SLOW);

  it('prints the usage of reconstruct for `reconstruct --help`, with its formats and --out', async () => {
    const run = await runGalley(['reconstruct', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: galley reconstruct/u);
    for (const word of ['--format', '"json"', '"txt"', '"md"', '--out']) expect(run.stdout).toContain(word);
  }, SLOW);

  it.each([
    ['an unknown format', ['reconstruct', '--format', 'xml', DEV_PAGES[0]], /xml.*txt, md, json, alto/u],
    ['an unknown option', ['reconstruct', '--colour', DEV_PAGES[0]], /unknown option '--colour'/u],
    ['an unknown command', ['rebuild', DEV_PAGES[0]], /unknown command 'rebuild'/u],
    ['no page', ['reconstruct'], /missing required argument 'pages'/u],
    ['an empty --out', ['reconstruct', DEV_PAGES[0], '--out', ''], /--out/u],
  ])('answers %s with a usage error, exit code 2, and nothing on stdout', async (_what, args, message) => {
    const run = await runGalley(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^galley: /u);
    expect(run.stderr).toContain('--help');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stdout).toBe('');
  }, SLOW);

  it('answers no command at all with the usage on stderr and exit code 2', async () => {
    const run = await runGalley([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: galley/u);
    expect(run.stdout).toBe('');
  }, SLOW);
});
