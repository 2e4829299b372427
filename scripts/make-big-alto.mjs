// Writes a synthetic ALTO page of about the size asked for (default 100 MB), to measure how
// opening a huge file behaves (`scripts/bench-open.mjs`). Real files that big carry a Glyph
// element per character (with OCR variants), so the page stays newspaper-sized in lines while
// its XML grows: about 6,000 lines in four columns for 100 MB. Not committed: generate it.
//   node scripts/make-big-alto.mjs [out.xml] [megabytes]
import { createWriteStream } from 'node:fs';

const out = process.argv[2] ?? '/tmp/galley-big-alto.xml';
const targetBytes = Number(process.argv[3] ?? 100) * 1024 * 1024;
const WORDS = ['the', 'harbour', 'works', 'began', 'yesterday', 'at', 'pier', 'when', 'stone', 'was', 'laid', 'by', 'mayor', 'council', 'report', 'city', 'railway', 'market', 'prices', 'wheat'];

const stream = createWriteStream(out);
let written = 0;
const write = (text) => {
  written += Buffer.byteLength(text);
  return stream.write(text) ? Promise.resolve() : new Promise((r) => stream.once('drain', r));
};

let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const word = () => WORDS[Math.floor(random() * WORDS.length)];

function glyphs(text, hpos, vpos, id) {
  let xml = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    xml += `<Glyph ID="${id}_g${i}" CONTENT="${c}" HPOS="${hpos + i * 18}" VPOS="${vpos}" WIDTH="18" HEIGHT="36" GC="0.9${i % 10}"><Variant CONTENT="${c.toUpperCase()}" VC="0.1"/><Variant CONTENT="${c}́" VC="0.05"/><Variant CONTENT="${c}${c}" VC="0.02"/></Glyph>`;
  }
  return xml;
}

await write(`<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description><MeasurementUnit>pixel</MeasurementUnit></Description>
<Layout><Page ID="P1" WIDTH="9000" HEIGHT="12000" PHYSICAL_IMG_NR="1"><PrintSpace HPOS="0" VPOS="0" WIDTH="9000" HEIGHT="12000">
`);
let block = 0;
let line = 0;
const LINES_PER_BLOCK = 24;
while (written < targetBytes) {
  const column = block % 4;
  const hpos = 200 + column * 2200;
  const top = 300 + Math.floor(block / 4) * (LINES_PER_BLOCK * 44 + 60);
  let xml = `<TextBlock ID="b${block}" HPOS="${hpos}" VPOS="${top}" WIDTH="2000" HEIGHT="${LINES_PER_BLOCK * 44}">\n`;
  // A headline opens every block, so the page splits into many articles as a real one does.
  for (let l = 0; l < LINES_PER_BLOCK; l++) {
    const vpos = top + l * 44;
    const words = l === 0 ? [`BLOCK${block}`, 'NEWS'] : Array.from({ length: 9 }, word);
    xml += `<TextLine ID="l${line}" HPOS="${hpos}" VPOS="${vpos}" WIDTH="2000" HEIGHT="40">`;
    let x = hpos;
    words.forEach((w, i) => {
      const id = `s${line}_${i}`;
      if (i) xml += `<SP HPOS="${x}" VPOS="${vpos}" WIDTH="16"/>`;
      xml += `<String ID="${id}" CONTENT="${w}" HPOS="${x}" VPOS="${vpos}" WIDTH="${w.length * 18}" HEIGHT="36" WC="0.93">${glyphs(w, x, vpos, id)}</String>`;
      x += w.length * 18 + 16;
    });
    xml += '</TextLine>\n';
    line++;
  }
  xml += '</TextBlock>\n';
  await write(xml);
  block++;
}
await write('</PrintSpace></Page></Layout></alto>\n');
stream.end();
await new Promise((r) => stream.once('finish', r));
console.log(`${out}: ${(written / 1048576).toFixed(1)} MB, ${block} blocks, ${line} lines`);
