#!/usr/bin/env node
// The honest text-only measure of the line-end hyphen decision (issue 3 point 3, issue 5
// "How good"): real ALTO pages that mark hyphenation with SUBS_CONTENT are turned into plain
// text with the markup removed, and the engine's own decision (joinHyphenated with the page's
// vocabulary, as the joinColumnLines pass calls it) is scored against SUBS_CONTENT.
//
//   node scripts/eval-dehyph-alto.mjs [ALTO.xml | DIR]... [--errors] [--no-page] [--no-lists] [--compounds] [--list=LANG:FILE.json]
//
// Default input: every ALTO file under ../shared/corpus/real/*/.
// The text: one TextLine a line (its Strings' CONTENT joined by spaces, the HYP mark printed,
// a HypPart1 line ending with `-` as printed), a blank line between TextBlocks.
// The truth, per HypPart1/HypPart2 pair at a line end: SUBS_CONTENT (edge punctuation off)
//   = the two halves joined          → remove case (the hyphen is a break),
//   = the halves with `-` at the break → keep case (the word's own hyphen).
// Debris (skipped and counted): SUBS_CONTENT is neither of those (the OCR glued other tokens,
// `ARTS'A:GENTLEMAN`), or it holds a character that is no letter, figure, apostrophe or hyphen
// (`Attmlit.n`, `moge-4(jj`), a half holds no letter or figure (`grond-` / `■`), or it mixes
// letters and figures (`Sur1`): the OCR could not read the word, so there is no word to judge.
// Scored per language — the one around the break, guessed as the engine guesses it (function
// words of the nearby lines, else the page's): the Luxemburger Zeitung of 1858 is mostly French — and overall: remove-rate, keep-rate, balanced accuracy,
// for Galley and the two baselines (always delete; delete when the next line starts lowercase).
// --compounds  a separate, labelled figure: every hyphenated compound printed within a line is
//              moved to a line end on a copy of its page (the page's vocabulary rebuilt), and
//              the hyphen must stay. Real keep cases are rare, so this widens the keep side.
// --errors     lists the wrong decisions with the repair's reason.
// --no-page    decides without the page's vocabulary (to see what it adds).
// --no-lists   decides without the word lists loaded lazily (French), as before they load.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { register } from 'tsx/esm/api';

register();
const { joinHyphenated, buildLexicon } = await import('../shared/text/line-end-hyphen.ts');
const { countVotes, guessLanguage } = await import('../shared/text/lexicon-language.ts');
const { listKey, listedWords } = await import('../shared/text/lexicon-words.ts');

/** The pass reads at most this much of the paragraph before a break (join-column-lines.ts). */
const HYPHEN_CONTEXT = 300;
/** Lines of the block read before the break, as the paragraph so far. */
const LINES_BEFORE = 3;
const SOURCE_LANGUAGE = { 'chronam-evening-star': 'en', 'enp-bnf-lematin': 'fr', 'kb-delpher': 'nl', 'bnl-luxzeit': 'de' };

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
if (!flag('no-lists')) await (await import('../shared/text/lexicon-words.ts')).loadWordLists();
// --list=LANG:FILE.json  also install a word list (a JSON array of words) for LANG, to measure a
// list before the engine adopts it; the page's own vocabulary still comes first.
for (const spec of args.filter((a) => a.startsWith('--list='))) {
  const [lang, file] = spec.slice('--list='.length).split(/:(.*)/su);
  (await import('../shared/text/lexicon-words.ts')).useWordList(lang, JSON.parse(readFileSync(file, 'utf8')));
}
const inputs = args.filter((a) => !a.startsWith('--'));
const corpus = path.resolve(import.meta.dirname, '../../shared/corpus/real');
const roots = inputs.length ? inputs : readdirSync(corpus).map((d) => path.join(corpus, d)).filter((d) => statSync(d).isDirectory());
const files = roots.flatMap((r) => (statSync(r).isDirectory() ? readdirSync(r).filter((f) => f.endsWith('.xml')).map((f) => path.join(r, f)) : [r]));

/** The page as blocks of lines; each line keeps its Strings (content, SUBS_TYPE, SUBS_CONTENT). */
function readAlto(xml) {
  const parser = new SaxesParser();
  const blocks = [];
  let rootName = null;
  let block = null;
  let line = null;
  const local = (name) => name.slice(name.indexOf(':') + 1);
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    rootName ??= name;
    const at = (key) => tag.attributes[key];
    if (name === 'TextBlock') blocks.push((block = []));
    else if (name === 'TextLine' && block) block.push((line = { strings: [], hyp: null }));
    else if (name === 'String' && line) line.strings.push({ content: at('CONTENT') ?? '', type: at('SUBS_TYPE') ?? null, subs: at('SUBS_CONTENT') ?? null });
    else if (name === 'HYP' && line) line.hyp = at('CONTENT') || '-';
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 'TextBlock') block = null;
    else if (name === 'TextLine') line = null;
  });
  parser.write(xml).close();
  return rootName === 'alto' ? blocks : null;
}

/** All the page's words, for the page's language. */
function flatText(blocks) {
  return blocks.map((b) => b.map(lineText).join(' ')).join(' ');
}

/** The line as plain text: CONTENT joined by spaces, the printed hyphen kept. */
function lineText(line) {
  let text = line.strings.map((s) => s.content).filter((c) => c !== '').join(' ');
  const last = line.strings.at(-1);
  if (line.hyp) text += line.hyp;
  else if (last?.type === 'HypPart1' && !/[-¬\u00AD\u2010\u2011\u2E17]$/u.test(text)) text += '-';
  return text;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const PLAIN = /^[\p{L}\p{M}\p{N}'’-]+$/u;

/** 'remove', 'keep', or a debris reason, for the pair `head` + `tail` marked `subs`. */
function truthOf(head, tail, subs) {
  const h = head.replace(/[-¬\u00AD\u2010\u2011\u2E17]+$/u, '').replace(/^[^\p{L}\p{N}]+/u, '');
  // A line may open with the hyphen repeated (`a-t-` / `-elle`): the half is what follows it.
  const t = tail.replace(EDGE, '');
  // `a-t--elle`: the markup keeps the hyphen the next line repeats.
  const s = (subs ?? '').trim().replace(EDGE, '').replace(/-{2,}/gu, '-');
  if (!PLAIN.test(s)) return { label: 'debris', why: 'unreadable' };
  if (!/[\p{L}\p{N}]/u.test(h) || !/[\p{L}\p{N}]/u.test(t)) return { label: 'debris', why: 'a half holds no letter' };
  // OCR reads letters as figures (`Sur1`, `ronmli1`); real words do not mix them.
  if (/\p{L}/u.test(s) && /\p{N}/u.test(s)) return { label: 'debris', why: 'letters and figures mixed' };
  if (s === h + t) return { label: 'remove', h, t };
  if (s === `${h}-${t}`) return { label: 'keep', h, t };
  return { label: 'debris', why: 'not the two halves' };
}

/** 'keep' where the page (or, failing it, the word list) spells the pair with its hyphen; else the silver label. */
function adjudicate(truth, lexicon, lang) {
  if (truth.label !== 'remove') return truth.label;
  // An elided article leans on the word (`l'au-` / `delà`): the word list spells `au-delà`.
  const head = truth.h.replace(/^.*['’]/u, '');
  const solid = `${head}${truth.t}`.toLowerCase();
  const compound = `${head}-${truth.t}`.toLowerCase();
  const onPage = { solid: lexicon.words.get(solid) ?? 0, compound: lexicon.compounds.get(compound) ?? 0 };
  if (onPage.compound > 0 && onPage.solid === 0) return 'keep';
  if (onPage.solid > 0 || onPage.compound > 0) return truth.label;
  const list = listedWords(lang);
  return list?.has(listKey(compound)) && !list.has(listKey(solid)) ? 'keep' : truth.label;
}

/** The paragraph so far (the block's last lines, earlier breaks decided) as the pass would have it. */
function paragraphBefore(lines, i, lexicon) {
  const context = [];
  for (let k = i; k >= 0 && k > i - 1 - LINES_BEFORE && lines[k] !== ''; k--) context.unshift(lines[k]);
  let before = context[0] ?? '';
  for (const next of context.slice(1)) before = joinHyphenated(before.slice(-HYPHEN_CONTEXT), next, ['a', 'b'], lexicon)?.text ?? `${before} ${next}`;
  return before.slice(-HYPHEN_CONTEXT);
}

/** Whether the engine's output keeps the hyphen, removes it, or neither (no decision / spaced). */
function verdict(result, h, t) {
  if (!result) return 'none';
  const squeezed = result.text.replace(/\s+/gu, ' ');
  if (squeezed.includes(`${h}${t}`)) return 'remove';
  if (squeezed.includes(`${h}-${t}`)) return 'keep';
  return 'none';
}

const tally = () => ({ removeOk: 0, removeN: 0, keepOk: 0, keepN: 0 });
const rows = new Map();
const rowsOf = (lang) => {
  if (!rows.has(lang)) rows.set(lang, { galley: tally(), always: tally(), lower: tally(), debris: 0, crossBlock: 0, contested: 0, compounds: tally(), adjudicated: { galley: tally(), always: tally(), lower: tally(), flipped: 0 } });
  return rows.get(lang);
};
const add = (row, keep, ok) => {
  if (keep) { row.keepN++; row.keepOk += ok ? 1 : 0; } else { row.removeN++; row.removeOk += ok ? 1 : 0; }
};
const errors = [];
const debrisSeen = [];
const pageNotes = [];
const pageTimes = [];
let decisions = 0;
let elapsed = 0;

for (const file of files) {
  const blocks = readAlto(readFileSync(file, 'utf8'));
  if (!blocks) continue;
  const source = SOURCE_LANGUAGE[path.basename(path.dirname(file))] ?? '??';
  const pageLanguage = guessLanguage(countVotes(flatText(blocks))) ?? source;
  /** The language around line i, as line-end-hyphen.ts guesses it (at least 4 function words). */
  const languageAt = (i) => guessLanguage(countVotes(lines.slice(Math.max(0, i - LINES_BEFORE), i + 2).join(' ')), 4) ?? pageLanguage;
  const lines = [];
  const marks = new Map();
  const flat = blocks.flatMap((b) => [...b.map((l) => ({ l })), { l: null }]);
  flat.forEach(({ l }) => lines.push(l ? lineText(l) : ''));
  flat.forEach(({ l }, i) => {
    const last = l?.strings.at(-1);
    if (last?.type !== 'HypPart1') return;
    let j = i + 1;
    if (flat[j]?.l === null) { j++; rowsOf(pageLanguage).crossBlock++; }
    const first = flat[j]?.l?.strings[0];
    if (first?.type !== 'HypPart2') return;
    marks.set(i, { next: j, head: last.content + (l.hyp ?? ''), tail: first.content, subs: last.subs });
  });
  const started = performance.now();
  const lexicon = flag('no-page') ? undefined : buildLexicon(lines);
  const name = path.basename(file);
  if (lexicon) pageNotes.push(`${name}: source ${source}, page language guessed ${lexicon.language} (function words ${JSON.stringify(lexicon.votes)}), ${marks.size} pairs`);
  for (const [i, m] of marks) {
    const truth = truthOf(m.head, m.tail, m.subs);
    const lang = languageAt(i);
    const row = rowsOf(lang);
    if (truth.label === 'debris') {
      row.debris++;
      debrisSeen.push(`${lang} ${name}:${i + 1} ${m.head}|${m.tail} SUBS_CONTENT=${JSON.stringify(m.subs)} (${truth.why})`);
      continue;
    }
    const result = joinHyphenated(paragraphBefore(lines, i, lexicon), lines[m.next], [`L${i + 1}`, `L${m.next + 1}`], lexicon);
    decisions++;
    const got = verdict(result, truth.h, truth.t);
    const keep = truth.label === 'keep';
    add(row.galley, keep, got === truth.label);
    add(row.always, keep, !keep);
    add(row.lower, keep, /^\p{Ll}/u.test(m.tail) !== keep);
    // The adjudicated label: SUBS_CONTENT drops the hyphen at every break, so a remove label is
    // turned to keep where the printer's own spelling says the hyphen is the word's: the page
    // prints the compound within a line and never the solid word, or (no page evidence either
    // way) the language's word list writes the compound and not the solid word.
    const settled = lexicon ? adjudicate(truth, lexicon, lang) : truth.label;
    const held = settled === 'keep';
    if (settled !== truth.label) row.adjudicated.flipped++;
    add(row.adjudicated.galley, held, got === settled);
    add(row.adjudicated.always, held, !held);
    add(row.adjudicated.lower, held, /^\p{Ll}/u.test(m.tail) !== held);
    // SUBS_CONTENT drops every hyphen at a line end (`trente-` / `quatre` → `trentequatre`): count
    // the misses where the page itself or the word list prints the hyphenated form.
    const contested = got !== truth.label && truth.label === 'remove' && result && (Number(result.repair.evidence?.compoundOnPage ?? 0) > 0 || result.repair.reason.includes('word list writes'));
    if (contested) row.contested++;
    if (got !== truth.label) errors.push(`${contested ? '(contested) ' : ''}` + `${lang} ${truth.label.padEnd(6)} ${name}:${i + 1} ${m.head}|${m.tail} → ${result ? `${result.repair.reason} [${result.repair.evidence?.language ?? ''} ${result.repair.confidence.toFixed(2)}]` : 'no decision'}`);
  }
  elapsed += performance.now() - started;
  pageTimes.push({ ms: performance.now() - started, chars: lines.join('\n').length });
  if (flag('compounds')) scoreMovedCompounds(lines, (i) => rowsOf(languageAt(i)).compounds, name);
}

/** Every compound printed within a line, moved to that line's end on a copy of the page. */
function scoreMovedCompounds(lines, rowAt, where) {
  const compound = /^\p{L}{2,}(?:-\p{L}{2,})+$/u;
  lines.forEach((line, i) => {
    const tokens = line.split(/\s+/u).filter((t) => t !== '');
    const continues = i > 0 && /\p{L}[-¬\u00AD]$/u.test(lines[i - 1]);
    tokens.forEach((raw, k) => {
      if (k === tokens.length - 1 || (k === 0 && continues)) return;
      const token = raw.replace(EDGE, '');
      if (!compound.test(token)) return;
      const start = tokens.slice(0, k).join(' ').length + (k ? 1 : 0) + raw.indexOf(token);
      const hyphen = token.indexOf('-');
      const cut = start + hyphen + 1;
      const moved = [...lines.slice(0, i), line.slice(0, cut), line.slice(cut), ...lines.slice(i + 1)];
      const lexicon = flag('no-page') ? undefined : buildLexicon(moved);
      const result = joinHyphenated(paragraphBefore(moved, i, lexicon), moved[i + 1], ['a', 'b'], lexicon);
      const h = token.slice(0, hyphen);
      const t = token.slice(hyphen + 1).split('-')[0] ?? '';
      const ok = verdict(result, h, t) === 'keep';
      add(rowAt(i), true, ok);
      if (!ok) errors.push(`${where}:${i + 1} compound ${token} → ${result?.repair.reason ?? 'no decision'}`);
    });
  });
}

const sum = (pick) => [...rows.values()].map(pick).reduce((a, r) => ({ removeOk: a.removeOk + r.removeOk, removeN: a.removeN + r.removeN, keepOk: a.keepOk + r.keepOk, keepN: a.keepN + r.keepN }), tally());
const fmt = (r) => {
  const rm = r.removeOk / Math.max(r.removeN, 1);
  const kp = r.keepOk / Math.max(r.keepN, 1);
  const bacc = r.removeN && r.keepN ? ((rm + kp) / 2).toFixed(3) : ' n/a ';
  return `remove ${String(r.removeOk).padStart(4)}/${String(r.removeN).padEnd(4)} ${rm.toFixed(3)}  keep ${String(r.keepOk).padStart(3)}/${String(r.keepN).padEnd(3)} ${kp.toFixed(3)}  bACC ${bacc}`;
};
const print = (label, g) => {
  console.log(`== ${label}`);
  console.log(`  galley                     ${fmt(g.galley)}`);
  console.log(`  always delete              ${fmt(g.always)}`);
  console.log(`  delete if next lowercase   ${fmt(g.lower)}`);
  if (flag('compounds')) {
    console.log(`  galley, compounds moved    ${fmt(g.compounds)}  (made-up keeps, labelled apart)`);
    const withMoved = { ...g.galley, keepOk: g.galley.keepOk + g.compounds.keepOk, keepN: g.galley.keepN + g.compounds.keepN };
    console.log(`  galley, real + moved       ${fmt(withMoved)}`);
  }
};
const printAdjudicated = (a) => {
  console.log(`  -- adjudicated labels (${a.flipped} silver removes turned to keeps: the page or the word list spells them with the hyphen)`);
  console.log(`  galley                     ${fmt(a.galley)}`);
  console.log(`  always delete              ${fmt(a.always)}`);
  console.log(`  delete if next lowercase   ${fmt(a.lower)}`);
};
for (const [lang, g] of [...rows].sort()) {
  print(`${lang}  (debris skipped: ${g.debris}; pairs across a block break: ${g.crossBlock})`, g);
  printAdjudicated(g.adjudicated);
}
const all = { galley: sum((r) => r.galley), always: sum((r) => r.always), lower: sum((r) => r.lower), compounds: sum((r) => r.compounds) };
print(`all   (debris skipped: ${[...rows.values()].reduce((a, r) => a + r.debris, 0)})`, all);
printAdjudicated({ galley: sum((r) => r.adjudicated.galley), always: sum((r) => r.adjudicated.always), lower: sum((r) => r.adjudicated.lower), flipped: [...rows.values()].reduce((a, r) => a + r.adjudicated.flipped, 0) });
console.log(`galley's remove misses where the page or the word list prints the hyphenated form (silver label contested): ${[...rows.values()].reduce((a, r) => a + r.contested, 0)}`);
console.log(`${decisions} decisions in ${elapsed.toFixed(0)} ms (page vocabularies included; the first page also builds the word tables)`);
for (const { ms, chars } of pageTimes) console.log(`  page of ${chars} characters: ${ms.toFixed(1)} ms, ${((ms / chars) * 10_000).toFixed(1)} ms per 10,000 characters`);
if (flag('errors')) {
  for (const n of pageNotes) console.log(n);
  for (const e of errors) console.log(e);
  for (const d of debrisSeen) console.log(`debris ${d}`);
}
