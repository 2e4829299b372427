// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { askBeforeClosing, onUnsavedClose, type AskUser } from '../../electron/main/unsaved-close';
import type { MenuCommand } from '../../shared/contract/app-api';

/** A dialog that presses the button with this label, and records what it was shown. */
function pressing(label: string) {
  const shown: Parameters<AskUser>[0][] = [];
  const ask: AskUser = (question) => {
    shown.push(question);
    return question.buttons.indexOf(label);
  };
  return { ask, shown };
}

function closing(label: string) {
  const { ask, shown } = pressing(label);
  const sent: MenuCommand[] = [];
  let allowed = false;
  onUnsavedClose({ ask, language: () => 'en', send: (c) => sent.push(c) })({ preventDefault: () => (allowed = true) });
  return { sent, allowed, shown };
}

describe('closing with unsaved work', () => {
  it('Don’t save lets the window close and sends nothing', () => {
    expect(closing('Don’t save')).toMatchObject({ allowed: true, sent: [] });
  });

  it('Cancel keeps the window open', () => {
    expect(closing('Cancel')).toMatchObject({ allowed: false, sent: [] });
  });

  it('Save keeps the window until the renderer has saved, then it closes itself', () => {
    expect(closing('Save')).toMatchObject({ allowed: false, sent: ['save-and-close'] });
  });

  it('Escape or closing the dialog counts as Cancel; Save is the default button', () => {
    const { shown } = closing('Save');
    expect(shown[0]?.cancelId).toBe(2);
    expect(shown[0]?.defaultId).toBe(0);
    expect(askBeforeClosing(() => 2, 'en')).toBe('cancel');
  });

  it('asks in Chinese when the interface is Chinese', () => {
    const { ask, shown } = pressing('取消');
    expect(askBeforeClosing(ask, 'zh-CN')).toBe('cancel');
    expect(shown[0]?.buttons).toEqual(['保存', '不保存', '取消']);
    expect(shown[0]?.message).toMatch(/保存/u);
  });
});
