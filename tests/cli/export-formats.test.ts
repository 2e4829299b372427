// @vitest-environment node
/**
 * `--format page` (PAGE XML) through the real commands: `galley reconstruct` prints or writes
 * it, `galley batch` writes the same bytes on every run and in every shard, and an issue,
 * which has no PAGE export, is refused.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNDATED_EXPORT } from '../../shared/export';
import { loadAlto } from '../../shared/load/alto';
import { loadPageXml } from '../../shared/load/page-xml';
import { textLines } from '../../shared/model/page';
import { place, readTree } from './batch-archive';
import { REPO_ROOT, eachTestInTempFolder, runGalley } from './run-galley';

// Each run starts Node, tsx and worker threads afresh; on a busy two-core machine that takes seconds.
const SLOW = 120_000;
const ALTO = 'tests/fixtures/alto/bnl-luxzeit-1858-12-07_01-00001-excerpt.xml';
const TEXT = 'tests/fixtures/en/en-01-narrow-indent.txt';

const at = eachTestInTempFolder('galley-formats-');

function pageXmlOf(name: string, xml: string) {
  const loaded = loadPageXml(name, new TextEncoder().encode(xml));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

describe('--format page', () => {
  it('galley reconstruct prints PAGE XML that reads back with every line of the ALTO page, undated, the same on every run', async () => {
    const [first, second] = await Promise.all([runGalley(['reconstruct', ALTO, '--format', 'page']), runGalley(['reconstruct', ALTO, '--format', 'page'])]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"');
    expect(first.stdout).toContain(`<Created>${UNDATED_EXPORT}</Created>`);
    expect(second.stdout).toBe(first.stdout);

    const source = loadAlto('p.xml', new Uint8Array(await readFile(path.join(REPO_ROOT, ALTO))));
    if (!source.ok) throw new Error(source.error.message);
    const back = pageXmlOf('back.xml', first.stdout);
    expect(textLines(back).map((line) => line.box)).toEqual(textLines(source.value).map((line) => line.box));
  }, SLOW);

  it('galley reconstruct --out writes NAME.cleaned.page.xml, a text page included', async () => {
    const run = await runGalley(['reconstruct', ALTO, TEXT, '--format', 'page', '--out', at('out')]);
    expect(run.code).toBe(0);
    const written = await readTree(at('out'));
    expect([...written.keys()]).toEqual(['bnl-luxzeit-1858-12-07_01-00001-excerpt.cleaned.page.xml', 'en-01-narrow-indent.cleaned.page.xml']);
    // A text page has no coordinates: its lines come back in order, with empty outlines.
    const text = pageXmlOf('t.xml', written.get('en-01-narrow-indent.cleaned.page.xml')?.toString('utf8') ?? '');
    expect(textLines(text).length).toBeGreaterThan(10);
    expect(textLines(text).every((line) => line.box === undefined || line.box.w === 0)).toBe(true);
  }, SLOW);

  it('galley batch writes, in one run or in two shards, the bytes galley reconstruct writes', async () => {
    await place(path.join(REPO_ROOT, ALTO), at('in', '1858', 'page-0001.xml'));
    await place(path.join(REPO_ROOT, TEXT), at('in', '1858', 'page-0002.txt'));
    const single = await runGalley(['batch', at('in'), '--out', at('single'), '--format', 'page', '--jobs', '1']);
    expect(single.code).toBe(0);
    const shards = await Promise.all([1, 2].map((k) => runGalley(['batch', at('in'), '--out', at('sharded'), '--format', 'page', '--jobs', '1', '--shard', `${k}/2`])));
    expect(shards.map((s) => s.code)).toEqual([0, 0]);
    const reconstructed = await runGalley(['reconstruct', at('in', '1858', 'page-0001.xml'), at('in', '1858', 'page-0002.txt'), '--format', 'page', '--out', at('direct')]);
    expect(reconstructed.code).toBe(0);

    const tree = await readTree(at('single'));
    expect([...tree.keys()]).toEqual(['1858/page-0001.cleaned.page.xml', '1858/page-0002.cleaned.page.xml']);
    expect(await readTree(at('sharded'))).toEqual(tree);
    const direct = await readTree(at('direct'));
    expect(tree.get('1858/page-0001.cleaned.page.xml')).toEqual(direct.get('page-0001.cleaned.page.xml'));
    expect(tree.get('1858/page-0002.cleaned.page.xml')).toEqual(direct.get('page-0002.cleaned.page.xml'));
  }, SLOW);

  it('is refused for an issue, which has no PAGE export, with a usage message', async () => {
    const run = await runGalley(['reconstruct', ALTO, '--format', 'page', '--issue']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/an issue exports to json, txt, md/u);
    expect(run.stdout).toBe('');
  }, SLOW);
});
