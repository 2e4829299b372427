/**
 * The application menu's words in each interface language. The native roles (cut, copy…) get
 * explicit labels too: Electron names them in English on Linux and Windows whatever the
 * interface language, and a Chinese interface under an English menu reads as unfinished.
 */
import type { InterfaceLanguage } from '../../shared/contract/app-api';

export interface MenuLabels {
  readonly file: string;
  readonly open: string;
  readonly export: string;
  readonly openRecent: string;
  readonly noRecent: string;
  readonly clearRecent: string;
  readonly quit: string;
  readonly close: string;
  readonly edit: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly selectAll: string;
  readonly view: string;
  readonly reload: string;
  readonly devTools: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly help: string;
  readonly about: (appName: string) => string;
}

export const MENU_LABELS: Readonly<Record<InterfaceLanguage, MenuLabels>> = {
  en: {
    file: '&File',
    open: '&Open…',
    export: '&Export…',
    openRecent: 'Open &Recent',
    noRecent: 'No Recent Files',
    clearRecent: '&Clear Menu',
    quit: '&Quit',
    close: 'Close Window',
    edit: '&Edit',
    undo: '&Undo',
    redo: '&Redo',
    cut: 'Cu&t',
    copy: '&Copy',
    paste: '&Paste',
    selectAll: 'Select &All',
    view: '&View',
    reload: '&Reload',
    devTools: 'Toggle &Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    help: '&Help',
    about: (appName) => `About ${appName}`,
  },
  'zh-CN': {
    file: '文件(&F)',
    open: '打开(&O)…',
    export: '导出(&E)…',
    openRecent: '最近打开(&R)',
    noRecent: '没有最近打开的文件',
    clearRecent: '清除列表(&C)',
    quit: '退出(&Q)',
    close: '关闭窗口',
    edit: '编辑(&E)',
    undo: '撤销(&U)',
    redo: '重做(&R)',
    cut: '剪切(&T)',
    copy: '复制(&C)',
    paste: '粘贴(&P)',
    selectAll: '全选(&A)',
    view: '视图(&V)',
    reload: '重新加载(&R)',
    devTools: '开发者工具(&D)',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    help: '帮助(&H)',
    about: (appName) => `关于 ${appName}`,
  },
};
