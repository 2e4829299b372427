// Measures article grouping on real layout files that come with article truth, loading
// each file as the app does (ALTO, PAGE XML: boxes, blocks, fonts), not as text.
//   node scripts/eval-layout-articles.mjs [--disable passA,passB] [CORPUS_DIR]
// CORPUS_DIR defaults to ../shared/corpus/real. Truth:
// - newseye-as-gt/*.xml: every TextLine's `custom="structure {id:aNN; type:article;}"` (gold);
// - enp-bnf-lematin, bnl-luxzeit: the METS logical map, ARTICLE divs → ALTO TextBlock ids.
// Score: pairwise line-grouping F1 over the text lines the truth puts in an article. A pair
// of such lines is "together" in the truth when they share an article, and in the result
// when one reconstructed article holds both (lines set aside in `other` pair with nothing).
// `--disable` switches passes off by name, to print the figures without them (before/after).
// `--shuffle-blocks` puts the blocks in a fixed pseudo-random order and drops the declared
// reading order first: a file whose own order is lost, as geometric ordering must repair.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { register } from 'tsx/esm/api';

register();
const { loadPage } = await import('../shared/load/load-page.ts');
const { reconstruct } = await import('../shared/pipeline/reconstruct.ts');
const { HEADING_FIELDS } = await import('../shared/model/reconstruction.ts');

const args = process.argv.slice(2);
const disableAt = args.indexOf('--disable');
const disabledPasses = disableAt >= 0 ? (args.splice(disableAt, 2)[1] ?? '').split(',').filter(Boolean) : [];
const shuffleAt = args.indexOf('--shuffle-blocks');
const shuffle = shuffleAt >= 0 && args.splice(shuffleAt, 1).length > 0;
const root = args[0] ?? path.resolve(import.meta.dirname, '../../shared/corpus/real');

/** `FILE.xml` → Map(block id → article id), from a METS logical structMap. */
function metsTruth(metsPath) {
  const files = new Map();
  const byFile = new Map();
  const divs = [];
  let fileId = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/u, '');
    const at = tag.attributes;
    if (name === 'file') fileId = at.ID;
    if (name === 'FLocat' && fileId) files.set(fileId, path.basename(String(at['xlink:href'] ?? '')));
    if (name === 'div') divs.push({ type: at.TYPE, id: at.ID });
    if (name === 'area' && at.BEGIN) {
      const article = [...divs].reverse().find((d) => d.type === 'ARTICLE');
      if (!article) return;
      const key = String(at.FILEID);
      if (!byFile.has(key)) byFile.set(key, new Map());
      byFile.get(key).set(String(at.BEGIN), article.id);
    }
    if (tag.isSelfClosing && name === 'div') divs.pop();
  });
  parser.on('closetag', (tag) => {
    if (tag.name.replace(/^.*:/u, '') === 'div' && !tag.isSelfClosing) divs.pop();
  });
  parser.write(readFileSync(metsPath, 'utf8')).close();
  const out = new Map();
  for (const [id, blocks] of byFile) if (files.has(id)) out.set(files.get(id), blocks);
  return out;
}

/** Line text → article id in file order, from NewsEye's `structure {id:…}` custom attributes. */
function newseyeTruth(file) {
  const labels = [];
  const parser = new SaxesParser();
  let current = null;
  let inUnicode = false;
  let depth = 0;
  let text = '';
  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/u, '');
    if (name === 'TextLine') {
      const custom = String(tag.attributes.custom ?? '');
      current = { article: /structure \{id:([^;]+);/u.exec(custom)?.[1] ?? null, text: '' };
      depth = 0;
    }
    if (current && name === 'Word') depth++;
    if (current && name === 'Unicode' && depth === 0) inUnicode = true;
  });
  parser.on('text', (t) => {
    if (inUnicode) text += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.replace(/^.*:/u, '');
    if (name === 'Unicode' && inUnicode) {
      inUnicode = false;
      if (current && current.text === '') current.text = text.trim();
      text = '';
    }
    if (current && name === 'Word') depth--;
    if (name === 'TextLine' && current) {
      labels.push(current);
      current = null;
    }
  });
  parser.write(readFileSync(file, 'utf8')).close();
  return labels;
}

/** Article index of every line the result puts in an article. */
function predictedArticles(result) {
  const of = new Map();
  result.articles.forEach((article, index) => {
    const ids = [...HEADING_FIELDS.flatMap((f) => article[f]?.lineIds ?? []), ...article.paragraphs.flatMap((p) => p.lineIds), ...article.jumps.flatMap((j) => j.lineIds)];
    for (const id of ids) if (!of.has(id)) of.set(id, index);
  });
  return of;
}

/** The page with its blocks in a fixed scrambled order (a linear congruential shuffle) and no declared order. */
function shuffledBlocks(page) {
  const blocks = [];
  for (const line of page.lines) {
    if (line.text === '') continue;
    const last = blocks[blocks.length - 1];
    if (last && last.id === line.block?.id) last.lines.push(line);
    else blocks.push({ id: line.block?.id, lines: [line] });
  }
  let seed = 12345;
  for (let i = blocks.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
  }
  const lines = [];
  blocks.forEach((block, k) => {
    if (k > 0) lines.push({ id: `S${k}`, number: 0, raw: '', text: '' });
    lines.push(...block.lines);
  });
  const { readingOrder: _dropped, ...layout } = page.layout ?? {};
  return { ...page, lines, layout };
}

const pairs = (n) => (n * (n - 1)) / 2;

/** Pairwise counts from (truth, prediction) labels; prediction null = in no article. */
function pairCounts(labelled) {
  const truth = new Map();
  const pred = new Map();
  const both = new Map();
  for (const { t, p } of labelled) {
    truth.set(t, (truth.get(t) ?? 0) + 1);
    if (p === null || p === undefined) continue;
    pred.set(p, (pred.get(p) ?? 0) + 1);
    both.set(`${t}\u0000${p}`, (both.get(`${t}\u0000${p}`) ?? 0) + 1);
  }
  const sum = (m) => [...m.values()].reduce((a, n) => a + pairs(n), 0);
  return { tp: sum(both), truePairs: sum(truth), predPairs: sum(pred), lines: labelled.length, articles: truth.size, predArticles: pred.size };
}

function scorePage(file, truthOfLine) {
  const loaded = loadPage(path.basename(file), new Uint8Array(readFileSync(file)));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.error.message}`);
  const page = shuffle ? shuffledBlocks(loaded.value) : loaded.value;
  const result = reconstruct(page, { settings: { disabledPasses } });
  const pred = predictedArticles(result);
  const labelled = [];
  page.lines.forEach((line, index) => {
    if (line.text === '') return;
    const t = truthOfLine(line, index);
    if (t) labelled.push({ t, p: pred.get(line.id) ?? null });
  });
  return pairCounts(labelled);
}

function report(name, c) {
  const p = c.predPairs ? c.tp / c.predPairs : 0;
  const r = c.truePairs ? c.tp / c.truePairs : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${name.padEnd(44)} lines ${String(c.lines).padStart(5)}  articles ${String(c.articles).padStart(3)} → ${String(c.predArticles).padStart(3)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`);
  return f;
}

const rows = [];
// NewsEye: the loader keeps the file's text lines in reading order; match them by text, in order.
for (const file of readdirSync(path.join(root, 'newseye-as-gt')).filter((f) => f.endsWith('.xml'))) {
  const full = path.join(root, 'newseye-as-gt', file);
  const labels = newseyeTruth(full);
  const byText = new Map();
  for (const l of labels) {
    if (!byText.has(l.text)) byText.set(l.text, []);
    byText.get(l.text).push(l.article);
  }
  rows.push([`newseye-as-gt/${file}`, scorePage(full, (line) => byText.get(line.text)?.shift() ?? null)]);
}
for (const dir of ['enp-bnf-lematin', 'bnl-luxzeit']) {
  const folder = path.join(root, dir);
  const mets = readdirSync(folder).find((f) => /mets\.xml$/iu.test(f));
  const truth = metsTruth(path.join(folder, mets));
  for (const file of readdirSync(folder).filter((f) => f !== mets && f.endsWith('.xml')).sort()) {
    const blocks = truth.get(file);
    if (!blocks) continue;
    rows.push([`${dir}/${file}`, scorePage(path.join(folder, file), (line) => (line.block ? (blocks.get(line.block.id) ?? null) : null))]);
  }
}
console.log(`${disabledPasses.length ? `passes disabled: ${disabledPasses.join(', ')}` : 'all passes'}${shuffle ? ', blocks shuffled' : ''}`);
let sumF = 0;
for (const [name, counts] of rows) sumF += report(name, counts);
const total = rows.reduce((a, [, c]) => ({ tp: a.tp + c.tp, truePairs: a.truePairs + c.truePairs, predPairs: a.predPairs + c.predPairs, lines: a.lines + c.lines, articles: a.articles + c.articles, predArticles: a.predArticles + c.predArticles }), { tp: 0, truePairs: 0, predPairs: 0, lines: 0, articles: 0, predArticles: 0 });
report('all (pooled pairs)', total);
console.log(`${'mean page F1'.padEnd(44)} ${(sumF / Math.max(1, rows.length)).toFixed(3)}`);
