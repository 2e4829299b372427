import { describe, expect, it } from 'vitest';
import { toAlto } from '../../../shared/export/alto';
import { loadAlto } from '../../../shared/load/alto';
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import { reconstruct } from '../../../shared/pipeline/reconstruct';
import { fixtureBytes, pageOf, utf8 } from './layout-fixtures';

const paragraphsByArticle = (rec: Reconstruction): string[][] => rec.articles.map((a) => a.paragraphs.map((p) => p.text));

/** ALTO 4 with a headline block and body blocks, each tagged `paragraph` and with the paragraph StructureTag given. */
function taggedAlto(blocks: readonly { id: string; paragraph: string; lines: readonly string[] }[]): Page {
  let y = 100;
  const line = (text: string, id: string): string => {
    y += 40;
    const words = text.split(' ').map((w) => `<String CONTENT="${w}"/>`).join('<SP/>');
    return `<TextLine ID="${id}" HPOS="100" VPOS="${y}" WIDTH="${Math.min(900, 16 * text.length)}" HEIGHT="30">${words}</TextLine>`;
  };
  const body = blocks
    .map((b) => {
      const lines = b.lines.map((text, i) => line(text, `${b.id}_${i}`)).join('');
      y += 30;
      return `<TextBlock ID="${b.id}" TAGREFS="ROLE_p ART_1 ${b.paragraph}">${lines}</TextBlock>`;
    })
    .join('\n');
  const paragraphTags = [...new Set(blocks.map((b) => b.paragraph))].map((p) => `<StructureTag ID="${p}" TYPE="paragraph" LABEL="${p}"/>`).join('');
  return pageOf(
    loadAlto(
      'galley.alto.xml',
      utf8(`<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#">
  <Description><MeasurementUnit>pixel</MeasurementUnit></Description>
  <Tags><RoleTag ID="ROLE_h" LABEL="headline"/><RoleTag ID="ROLE_p" LABEL="paragraph"/><StructureTag ID="ART_1" TYPE="article" LABEL="A1"/>${paragraphTags}</Tags>
  <Layout><Page ID="P1" WIDTH="1200" HEIGHT="2000" PHYSICAL_IMG_NR="1"><PrintSpace>
<TextBlock ID="H" TAGREFS="ROLE_h ART_1"><TextLine ID="H_0" HPOS="300" VPOS="40" WIDTH="500" HEIGHT="60"><String CONTENT="HARBOUR"/><SP/><String CONTENT="OFFICE"/></TextLine></TextBlock>
${body}
  </PrintSpace></Page></Layout>
</alto>`),
    ),
  );
}

// The first paragraph stops on a comma: the text alone runs it into the next.
const HOURS = ['The harbour office is open to the public on every weekday', 'from ten in the morning until six o’clock in the evening,'];
const ADDRESS = ['Letters for the harbour master go to the office at', 'number twenty-five Harbour Street, by the customs'];
const ADDRESS_ON = ['house, where the clerk will give a receipt for them.'];

describe('ALTO paragraphs declared by StructureTags (Galley’s own export)', () => {
  it('keeps two paragraph blocks apart, though the first stops on a comma', () => {
    const page = taggedAlto([
      { id: 'B1', paragraph: 'PAR_1', lines: HOURS },
      { id: 'B2', paragraph: 'PAR_2', lines: ADDRESS },
    ]);
    expect(paragraphsByArticle(reconstruct(page))).toEqual([[HOURS.join(' '), ADDRESS.join(' ')]]);
  });

  it('joins the two blocks of one paragraph (printed over two columns) whatever the text says', () => {
    const page = taggedAlto([
      { id: 'B1', paragraph: 'PAR_1', lines: HOURS },
      { id: 'B2', paragraph: 'PAR_2', lines: ADDRESS },
      { id: 'B3', paragraph: 'PAR_2', lines: ADDRESS_ON },
    ]);
    expect(page.layout?.joins).toEqual([{ from: 'B2', to: 'B3' }]);
    expect(paragraphsByArticle(reconstruct(page))).toEqual([[HOURS.join(' '), [...ADDRESS, ...ADDRESS_ON].join(' ')]]);
  });

  it('round-trips a real page: export → load → reconstruct keeps every article’s paragraphs (Le Matin, 1893)', () => {
    const page = pageOf(loadAlto('lematin.xml', fixtureBytes('alto', 'enp-bnf-lematin-18930402_02_1-0001-excerpt.xml')));
    const rec = reconstruct(page);
    const back = pageOf(loadAlto('lematin.cleaned.alto.xml', utf8(toAlto(rec, page))));
    expect(paragraphsByArticle(reconstruct(back))).toEqual(paragraphsByArticle(rec));
  });
});
