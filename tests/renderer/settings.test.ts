import { describe, expect, it } from 'vitest';
import { PASSES } from '../../shared/pipeline/reconstruct';
import { en, zhCN } from '../../renderer/src/i18n/messages';
import { createAppStore } from '../../renderer/src/store/app-store';
import { selectReconstruction } from '../../renderer/src/store/selectors';

describe('settings', () => {
  it('names every repair step an editor can switch off, in both languages', () => {
    for (const { name } of PASSES.filter((p) => p.name !== 'readPageLines')) {
      expect(en).toHaveProperty(`pass.${name}`);
      expect(zhCN).toHaveProperty(`pass.${name}`);
    }
  });

  it('rebuilds the page without a step switched off, and makes no history step', () => {
    const store = createAppStore();
    store.getState().openFiles([{ name: 'p.txt', bytes: new TextEncoder().encode('HARBOUR WORKS\n\nThe works be-\ngan yesterday at the pier.\n') }]);
    expect(selectReconstruction(store.getState())?.articles[0]?.paragraphs.map((p) => p.text)).toEqual(['The works began yesterday at the pier.']);
    store.getState().setPassEnabled('joinColumnLines', false);
    expect(selectReconstruction(store.getState())?.repairs.some((r) => r.pass === 'joinColumnLines')).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
