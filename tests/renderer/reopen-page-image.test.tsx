import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppApi, PickedFile } from '../../shared/contract/app-api';
import { ok, type Result } from '../../shared/model/result';
import { parseProject } from '../../shared/project/project-file';
import { OriginalPane } from '../../renderer/src/components/original-pane';
import { createAppStore, type AppStore } from '../../renderer/src/store/app-store';
import { projectOf } from '../../renderer/src/store/project';
import { StoreProvider } from '../../renderer/src/store/store-context';
import { EVENING_STAR, fixture } from './page-image-fixtures';

afterEach(cleanup);

const PAGE_PATH = `/scans/1870-03-15/${EVENING_STAR}.xml`;
const IMAGE = fixture(`image/${EVENING_STAR}.png`);

/** What the Electron host answers when asked for the image beside a path; set by each test. */
let answer: (source: string) => Result<PickedFile | null> = () => ok(null);
const asked: string[] = [];

beforeAll(() => {
  // The renderer reaches the host only through window.api (renderer/src/host): a stand-in Electron host.
  const api: Partial<AppApi> = {
    host: 'electron',
    findPageImage: async (source) => {
      asked.push(source);
      return answer(source);
    },
  };
  Object.defineProperty(window, 'api', { value: api, configurable: true });
});

/** Opens the Evening Star page (with its image) as Electron would hand it over, and saves the work as a project. */
async function savedProject(): Promise<Uint8Array> {
  const store = createAppStore();
  await store.getState().openFiles([{ ...fixture(`alto/${EVENING_STAR}.xml`), path: PAGE_PATH }, { ...IMAGE, path: `/scans/1870-03-15/${IMAGE.name}` }]);
  return new TextEncoder().encode(projectOf(store.getState(), '2026-11-23T16:00:00Z'));
}

async function reopen(project: Uint8Array): Promise<AppStore> {
  const store = createAppStore();
  await store.getState().openFiles([{ name: 'work.galley.json', bytes: project }]);
  render(
    <StoreProvider store={store}>
      <OriginalPane />
    </StoreProvider>,
  );
  return store;
}

const imageButton = () => screen.getByRole('button', { name: 'Image' });

describe('a reopened project finds its page image again', () => {
  it('saves where the page came from', async () => {
    const read = parseProject('work.galley.json', new TextDecoder().decode(await savedProject()));
    expect(read.ok && read.value.pages.map((p) => p.source)).toEqual([PAGE_PATH]);
  });

  it('looks beside the page’s source and shows the image found there', async () => {
    answer = (source) => ok(source === PAGE_PATH ? { ...IMAGE, path: `/scans/1870-03-15/${IMAGE.name}` } : null);
    const store = await reopen(await savedProject());
    expect(asked).toContain(PAGE_PATH);
    expect(Object.values(store.getState().pageImages).map((image) => image.name)).toEqual([IMAGE.name]);
    expect(imageButton().getAttribute('aria-disabled')).toBe('false');
    expect(store.getState().errors).toEqual([]);
  });

  it('says quietly that the image was not found when it moved, and reports no error', async () => {
    answer = () => ok(null);
    const store = await reopen(await savedProject());
    expect(store.getState().errors).toEqual([]);
    expect(store.getState().status).toBe(`Page image not found beside ${EVENING_STAR}.xml (moved?).`);
    expect(imageButton().getAttribute('aria-disabled')).toBe('true');
  });
});
