/** A small hand-made page and its reconstruction, for the exporter tests. */
import { parseTextPage } from '../../../shared/load/text-page';
import type { Page } from '../../../shared/model/page';
import type { Reconstruction } from '../../../shared/model/reconstruction';
import type { Repair } from '../../../shared/model/repair';

export const HARBOUR_TEXT = [
  'THE EVENING GAZETTE', // L1
  '', // L2
  'CITY NEWS', // L3
  'HARBOUR WORKS', // L4
  'BEGIN AT LAST', // L5
  'Stone laid at the pier', // L6
  'By A. REPORTER', // L7
  '', // L8
  '  The works be-', // L9
  'gan yesterday at the pier.', // L10
  '', // L11
  '  # 3 berth is ready; the', // L12
  'cranes arrive on Monday.', // L13
  '', // L14
  '(Continued on Page 4)', // L15
  '', // L16
  'TIDES', // L17
  '', // L18
  '- 5 ft at noon.', // L19
  '', // L20
  'The pier at dawn.', // L21
  '',
].join('\n');

export const harbourPage: Page = parseTextPage('harbour.txt', HARBOUR_TEXT, 'utf-8');

const join: Repair = {
  id: 'join-lines:L9-L10',
  pass: 'joinColumnLines',
  kind: 'join-lines',
  reason: 'joined 2 lines broken by the column width',
  confidence: 0.95,
  lineIds: ['L9', 'L10'],
  before: 'The works be-\ngan yesterday at the pier.',
  after: 'The works be- gan yesterday at the pier.',
  evidence: { columnWidth: 26 },
};

const dehyphenate: Repair = {
  id: 'dehyphenate:L9',
  pass: 'joinColumnLines',
  kind: 'dehyphenate',
  reason: 'joined `be-` + `gan`: line-end hyphen',
  confidence: 0.8,
  lineIds: ['L9', 'L10'],
  before: 'be- gan',
  after: 'began',
  dependsOn: ['join-lines:L9-L10'],
};

export const harbourRec: Reconstruction = {
  pageId: harbourPage.id,
  script: 'latin',
  articles: [
    {
      id: 'A-L9',
      kicker: { text: 'CITY NEWS', lineIds: ['L3'] },
      headline: { text: 'HARBOUR WORKS BEGIN AT LAST', lineIds: ['L4', 'L5'] },
      subheadline: { text: 'Stone laid at the pier', lineIds: ['L6'] },
      byline: { text: 'By A. REPORTER', lineIds: ['L7'] },
      paragraphs: [
        { id: 'P-L9', text: 'The works began yesterday at the pier.', lineIds: ['L9', 'L10'] },
        { id: 'P-L12', text: '# 3 berth is ready; the cranes arrive on Monday.', lineIds: ['L12', 'L13'] },
      ],
      jumps: [{ text: '(Continued on Page 4)', lineIds: ['L15'] }],
    },
    {
      id: 'A-L19',
      kicker: null,
      headline: { text: 'TIDES', lineIds: ['L17'] },
      subheadline: null,
      byline: null,
      paragraphs: [{ id: 'P-L19', text: '- 5 ft at noon.', lineIds: ['L19'] }],
      jumps: [],
    },
  ],
  other: [
    { id: 'O-L1', kind: 'page-header', text: 'THE EVENING GAZETTE', lineIds: ['L1'] },
    { id: 'O-L21', kind: 'caption', text: 'The pier at dawn.', lineIds: ['L21'] },
  ],
  repairs: [join, dehyphenate],
  declined: [],
  failures: [],
};
