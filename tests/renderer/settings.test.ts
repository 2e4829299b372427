import { describe, expect, it } from 'vitest';
import { PASSES } from '../../shared/pipeline/reconstruct';
import { en, zhCN } from '../../renderer/src/i18n/messages';
import { createAppStore } from '../../renderer/src/store/app-store';
import { selectReconstruction } from '../../renderer/src/store/selectors';
import { projectOf } from '../../renderer/src/store/project';
import { ENGINE_SETTING_SPECS } from '../../shared/pipeline/engine-settings';
import { parseProject } from '../../shared/project/project-file';

describe('settings', () => {
  it('names every repair step an editor can switch off, in both languages', () => {
    for (const { name } of PASSES.filter((p) => p.name !== 'readPageLines')) {
      expect(en).toHaveProperty(`pass.${name}`);
      expect(zhCN).toHaveProperty(`pass.${name}`);
    }
  });

  it('rebuilds the page without a step switched off, and makes no history step', async () => {
    const store = createAppStore();
    await store.getState().openFiles([{ name: 'p.txt', bytes: new TextEncoder().encode('HARBOUR WORKS\n\nThe works be-\ngan yesterday at the pier.\n') }]);
    expect(selectReconstruction(store.getState())?.articles[0]?.paragraphs.map((p) => p.text)).toEqual(['The works began yesterday at the pier.']);
    store.getState().setPassEnabled('joinColumnLines', false);
    expect(selectReconstruction(store.getState())?.repairs.some((r) => r.pass === 'joinColumnLines')).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});

describe('settings: thresholds', () => {
  // The second line ends a sentence at 36 of the column's 40 characters: not short by default.
  const page = 'HARBOUR WORKS\n\nThe board met on the pier on Monday and\nThe works on the pier began at dawn.\nThe first stones were laid by noon today\nand the crews will go on through winter,\nas the harbour board has long promised.\n';
  const paragraphs = (store: ReturnType<typeof createAppStore>) => selectReconstruction(store.getState())?.articles.flatMap((a) => a.paragraphs.map((p) => p.text));

  it('names every threshold in both languages', () => {
    for (const spec of ENGINE_SETTING_SPECS) {
      for (const table of [en, zhCN]) {
        expect(table).toHaveProperty(spec.label);
        expect(table).toHaveProperty(spec.hint);
      }
    }
  });

  it('rebuilds the page when a threshold moves, keeps it for the project, and makes no history step', async () => {
    const store = createAppStore();
    await store.getState().openFiles([{ name: 'p.txt', bytes: new TextEncoder().encode(page) }]);
    const before = paragraphs(store);
    store.getState().setThreshold('shortLineShare', 0.98);
    const after = paragraphs(store);
    expect(after?.length).toBeGreaterThan(before?.length ?? 0);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().dirty).toBe(true);
    const saved = parseProject('p.galley.json', projectOf(store.getState(), '2026-01-01'));
    expect(saved.ok && saved.value.settings?.thresholds).toEqual({ shortLineShare: 0.98 });
    // Reset puts back the default, and the page as it was.
    store.getState().setThreshold('shortLineShare', null);
    expect(store.getState().thresholds).toEqual({});
    expect(paragraphs(store)).toEqual(before);
  });

  it('opens a project with the thresholds it was saved with', async () => {
    const store = createAppStore();
    await store.getState().openFiles([{ name: 'p.txt', bytes: new TextEncoder().encode(page) }]);
    store.getState().setThreshold('shortLineShare', 0.98);
    store.getState().setPassEnabled('reattachHeadlines', false);
    const text = projectOf(store.getState(), '2026-01-01');
    const again = createAppStore();
    await again.getState().openFiles([{ name: 'p.galley.json', bytes: new TextEncoder().encode(text) }]);
    expect(again.getState().thresholds).toEqual({ shortLineShare: 0.98 });
    expect(again.getState().disabledPasses).toEqual(['reattachHeadlines']);
    expect(paragraphs(again)).toEqual(paragraphs(store));
  });

  it('reads a project’s settings carefully: unknown ones dropped, values brought into range, none means the defaults', () => {
    const file = (settings: unknown) => JSON.stringify({ format: 'galley-project', version: 2, pages: [], ...(settings === undefined ? {} : { settings }) });
    const odd = parseProject('p.galley.json', file({ disabledPasses: ['groupArticles', 3], thresholds: { shortLineShare: 5, headlineMatch: 'high', madeUp: 1 } }));
    expect(odd.ok && odd.value.settings).toEqual({ disabledPasses: ['groupArticles'], thresholds: { shortLineShare: 0.98 } });
    const none = parseProject('p.galley.json', file(undefined));
    expect(none.ok && none.value.settings).toEqual({ disabledPasses: [], thresholds: {} });
  });
});
