// Measures how many words an ALTO page hyphenates at a line end (HypPart1/HypPart2 pairs,
// SUBS_CONTENT the whole word) come out whole in Galley's reconstruction of that page.
//   node scripts/eval-alto-hyph.mjs FILE.xml...
// Prints, per file and in all: pairs, rebuilt right (the SUBS_CONTENT word, trailing
// punctuation aside, stands in the output), and the share.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { loadPage } = await import('../shared/load/load-page.ts');
const { reconstruct } = await import('../shared/pipeline/reconstruct.ts');

let pairs = 0;
let right = 0;
for (const file of process.argv.slice(2)) {
  const loaded = loadPage(path.basename(file), new Uint8Array(readFileSync(file)));
  if (!loaded.ok) {
    console.error(loaded.error.message);
    continue;
  }
  const result = reconstruct(loaded.value);
  const spans = [...result.articles.flatMap((a) => [a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.jumps]), ...result.other];
  const out = spans.map((s) => s?.text ?? '').join('\n');
  const words = new Set(out.split(/\s+/u).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, '')));
  let filePairs = 0;
  let fileRight = 0;
  for (const line of loaded.value.lines) {
    const word = line.hyphenation?.kind === 'HypPart1' ? line.hyphenation.word : undefined;
    if (!word) continue;
    filePairs++;
    if (words.has(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, ''))) fileRight++;
    else if (process.env.GALLEY_SHOW_MISSES) console.log(`  missed ${line.id} “${line.text.slice(-20)}” → ${word}`);
  }
  pairs += filePairs;
  right += fileRight;
  console.log(`${path.basename(file).padEnd(40)} pairs ${String(filePairs).padStart(4)}  rebuilt ${String(fileRight).padStart(4)}  ${(fileRight / Math.max(1, filePairs)).toFixed(4)}`);
}
console.log(`${'all'.padEnd(40)} pairs ${String(pairs).padStart(4)}  rebuilt ${String(right).padStart(4)}  ${(right / Math.max(1, pairs)).toFixed(4)}`);
