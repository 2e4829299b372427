import { describe, expect, it } from 'vitest';
import { exportReconstruction, suggestedExportName } from '../../../shared/export/index';
import { toJson } from '../../../shared/export/json';
import { toMarkdown } from '../../../shared/export/markdown';
import { toPlainText } from '../../../shared/export/plain-text';
import { harbourPage, harbourRec } from './harbour';

describe('exportReconstruction', () => {
  it('suggests the page name with `.cleaned` and the format extension', () => {
    expect(suggestedExportName('000_b9d.txt', 'txt')).toBe('000_b9d.cleaned.txt');
    expect(suggestedExportName('000_b9d.txt', 'md')).toBe('000_b9d.cleaned.md');
    expect(suggestedExportName('000_b9d.txt', 'json')).toBe('000_b9d.cleaned.json');
    expect(suggestedExportName('scans/page.one.md', 'txt')).toBe('page.one.cleaned.txt');
    expect(suggestedExportName('C:\\scans\\page', 'md')).toBe('page.cleaned.md');
    expect(suggestedExportName('.txt', 'json')).toBe('page.cleaned.json');
  });

  it('gives each format its content and name', () => {
    expect(exportReconstruction('txt', harbourRec, harbourPage)).toEqual({ content: toPlainText(harbourRec), suggestedName: 'harbour.cleaned.txt' });
    expect(exportReconstruction('md', harbourRec, harbourPage)).toEqual({ content: toMarkdown(harbourRec, harbourPage), suggestedName: 'harbour.cleaned.md' });
    expect(exportReconstruction('json', harbourRec, harbourPage)).toEqual({ content: toJson(harbourRec, harbourPage), suggestedName: 'harbour.cleaned.json' });
  });

  it('passes the options to text and markdown, and keeps JSON complete', () => {
    const options = { include: { headlines: false } };
    expect(exportReconstruction('txt', harbourRec, harbourPage, options).content).not.toContain('HARBOUR WORKS');
    expect(exportReconstruction('md', harbourRec, harbourPage, options).content).not.toContain('HARBOUR WORKS');
    expect(exportReconstruction('json', harbourRec, harbourPage, options).content).toContain('HARBOUR WORKS');
  });

  it('refuses, as a bug, a reconstruction of another page', () => {
    expect(() => exportReconstruction('txt', { ...harbourRec, pageId: 'other.txt#00000000' }, harbourPage)).toThrow(/other\.txt/u);
  });
});
