import { describe, expect, it } from 'vitest';
import { exportReconstruction, suggestedExportName, UNDATED_EXPORT } from '../../../shared/export/index';
import { toJson } from '../../../shared/export/json';
import { toMarkdown } from '../../../shared/export/markdown';
import { toPageXml } from '../../../shared/export/page-xml';
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
    expect(suggestedExportName('0772.xml', 'alto')).toBe('0772.cleaned.alto.xml');
    expect(suggestedExportName('0772.xml', 'page')).toBe('0772.cleaned.page.xml');
  });

  it('gives each format its content and name', () => {
    expect(exportReconstruction('txt', harbourRec, harbourPage)).toEqual({ content: toPlainText(harbourRec), suggestedName: 'harbour.cleaned.txt' });
    expect(exportReconstruction('md', harbourRec, harbourPage)).toEqual({ content: toMarkdown(harbourRec, harbourPage), suggestedName: 'harbour.cleaned.md' });
    expect(exportReconstruction('json', harbourRec, harbourPage)).toEqual({ content: toJson(harbourRec, harbourPage), suggestedName: 'harbour.cleaned.json' });
  });

  it('writes PAGE XML dated by the caller, or undated so that two runs give the same bytes', () => {
    const created = '2026-11-23T14:05:00Z';
    expect(exportReconstruction('page', harbourRec, harbourPage, { created })).toEqual({
      content: toPageXml(harbourRec, harbourPage, { created }),
      suggestedName: 'harbour.cleaned.page.xml',
    });
    const undated = exportReconstruction('page', harbourRec, harbourPage).content;
    expect(undated).toContain(`<Created>${UNDATED_EXPORT}</Created>`);
    expect(undated).toContain(`<LastChange>${UNDATED_EXPORT}</LastChange>`);
    expect(exportReconstruction('page', harbourRec, harbourPage).content).toBe(undated);
  });

  it('passes the options to text and markdown, and keeps JSON complete', () => {
    const options = { include: { headlines: false } };
    expect(exportReconstruction('txt', harbourRec, harbourPage, options).content).not.toContain('HARBOUR WORKS');
    expect(exportReconstruction('md', harbourRec, harbourPage, options).content).not.toContain('HARBOUR WORKS');
    expect(exportReconstruction('json', harbourRec, harbourPage, options).content).toContain('HARBOUR WORKS');
    expect(exportReconstruction('page', harbourRec, harbourPage, options).content).toContain('HARBOUR WORKS');
  });

  it('refuses, as a bug, a reconstruction of another page', () => {
    expect(() => exportReconstruction('txt', { ...harbourRec, pageId: 'other.txt#00000000' }, harbourPage)).toThrow(/other\.txt/u);
  });
});
