// @vitest-environment node
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';
import type { MenuCommand } from '../../shared/contract/app-api';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menuFor(isMac: boolean) {
  const sent: MenuCommand[] = [];
  const items = flatten(buildMenuTemplate({ isMac, appName: 'Galley', send: (command) => sent.push(command) }));
  return { items, sent };
}

describe('buildMenuTemplate', () => {
  it.each([
    ['&Open…', 'CmdOrCtrl+O', 'open'],
    ['&Export…', 'CmdOrCtrl+E', 'export'],
    ['&Undo', 'CmdOrCtrl+Z', 'undo'],
    ['&Redo', 'CmdOrCtrl+Shift+Z', 'redo'],
  ] as const)('%s (%s) sends the %s command to the renderer', (label, accelerator, command) => {
    const { items, sent } = menuFor(false);
    const item = items.find((i) => i.label === label);
    expect(item?.accelerator).toBe(accelerator);
    (item?.click as () => void)();
    expect(sent).toEqual([command]);
  });

  it('keeps the native editing, view and quit roles', () => {
    const roles = menuFor(false).items.map((i) => i.role).filter(Boolean);
    for (const role of ['cut', 'copy', 'paste', 'selectAll', 'reload', 'toggleDevTools', 'quit', 'about']) expect(roles).toContain(role);
  });

  it('has File, Edit, View and Help, plus the app menu on macOS', () => {
    const top = (isMac: boolean) => buildMenuTemplate({ isMac, appName: 'Galley', send: () => undefined }).map((m) => m.label);
    expect(top(false)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(top(true)).toEqual(['Galley', '&File', '&Edit', '&View', '&Help']);
  });

  it('lists recent files under File ▸ Open Recent, newest first, and hands the picked path on', () => {
    const opened: string[] = [];
    let cleared = 0;
    const items = flatten(
      buildMenuTemplate({ isMac: false, appName: 'Galley', send: () => undefined, recent: ['/news/p2.xml', '/news/R&D.txt'], openRecent: (p) => opened.push(p), clearRecent: () => (cleared += 1) }),
    );
    const submenu = items.find((i) => i.label === 'Open &Recent')?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((i) => i.label ?? i.type)).toEqual(['p2.xml', 'R&&D.txt', 'separator', '&Clear Menu']);
    (submenu[1]?.click as () => void)();
    (submenu[3]?.click as () => void)();
    expect(opened).toEqual(['/news/R&D.txt']);
    expect(cleared).toBe(1);
  });

  it('says so when there are no recent files, in a disabled item', () => {
    const submenu = menuFor(false).items.find((i) => i.label === 'Open &Recent')?.submenu as MenuItemConstructorOptions[];
    expect(submenu).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('speaks Chinese when the interface does: every labelled item, commands still sent', () => {
    const sent: MenuCommand[] = [];
    const items = flatten(buildMenuTemplate({ isMac: false, appName: 'Galley', send: (c) => sent.push(c), language: 'zh-CN' }));
    expect(buildMenuTemplate({ isMac: false, appName: 'Galley', send: () => undefined, language: 'zh-CN' }).map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    const labels = items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
    // Chinese text in every label: no English word left behind.
    for (const label of labels) expect(label).toMatch(/[\u4e00-\u9fff]/u);
    (items.find((i) => i.label === '撤销(&U)')?.click as () => void)();
    expect(sent).toEqual(['undo']);
  });
});
