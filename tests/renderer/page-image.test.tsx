import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { OriginalPane } from '../../renderer/src/components/original-pane';
import { PageImageView } from '../../renderer/src/components/page-image-view';
import { createAppStore, type AppStore } from '../../renderer/src/store/app-store';
import { StoreProvider } from '../../renderer/src/store/store-context';
import { selectActivePage, selectReconstruction } from '../../renderer/src/store/selectors';
import type { DecodeImage } from '../../renderer/src/image/decode-image';
import { loadPage } from '../../shared/load/load-page';
import type { Page } from '../../shared/model/page';
import { EVENING_STAR, fixture, pngImage } from './page-image-fixtures';

afterEach(cleanup);

/** Decoding never finishes: the boxes must be in place before the pixels arrive. */
const pending: DecodeImage = () => new Promise(() => undefined);

/** The view alone, in a store of its own (it needs one for the interface language). */
function renderView(element: ReactElement) {
  render(<StoreProvider store={createAppStore()}>{element}</StoreProvider>);
}

function renderPane(store: AppStore) {
  render(
    <StoreProvider store={store}>
      <OriginalPane />
    </StoreProvider>,
  );
}

async function openEveningStar(store: AppStore, withImage = true): Promise<Page> {
  const files = [fixture(`alto/${EVENING_STAR}.xml`), ...(withImage ? [fixture(`image/${EVENING_STAR}.png`)] : [])];
  const [page] = await store.getState().openFiles(files);
  if (!page) throw new Error('the excerpt did not open');
  return page;
}

const boxesOf = () => within(screen.getByRole('list', { name: 'Line boxes' })).getAllByRole('listitem');

describe('the line boxes over the page image', () => {
  it('draws a box for every printed line, scaled from ALTO mm10 to the image’s pixels', () => {
    const alto = `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description><MeasurementUnit>mm10</MeasurementUnit></Description>
      <Layout><Page ID="P1" WIDTH="2000" HEIGHT="3000"><PrintSpace><TextBlock ID="B1">
      <TextLine ID="T1" HPOS="1000" VPOS="1500" WIDTH="500" HEIGHT="100"><String CONTENT="Harbour" HPOS="1000" VPOS="1500" WIDTH="500" HEIGHT="100"/></TextLine>
      <TextLine ID="T2" HPOS="200" VPOS="2900" WIDTH="1800" HEIGHT="100"><String CONTENT="works" HPOS="200" VPOS="2900" WIDTH="1800" HEIGHT="100"/></TextLine>
      </TextBlock></PrintSpace></Page></Layout></alto>`;
    const loaded = loadPage('p.xml', new TextEncoder().encode(alto));
    if (!loaded.ok) throw new Error(loaded.error.message);
    renderView(<PageImageView page={loaded.value} image={pngImage('p.png', 200, 300)} lit={new Set()} selectedLine={null} follow={false} onSelect={() => undefined} decode={pending} />);
    const [first, second] = boxesOf();
    expect(first?.getAttribute('aria-label')).toBe('Line 1: Harbour');
    expect([first?.getAttribute('x'), first?.getAttribute('y'), first?.getAttribute('width'), first?.getAttribute('height')]).toEqual(['100', '150', '50', '10']);
    expect([second?.getAttribute('x'), second?.getAttribute('y'), second?.getAttribute('width'), second?.getAttribute('height')]).toEqual(['20', '290', '180', '10']);
    // The overlay's coordinates are the image's pixels, so it stretches with the image.
    expect(screen.getByRole('list', { name: 'Line boxes' }).getAttribute('viewBox')).toBe('0 0 200 300');
    expect(screen.getByRole('status').textContent).toBe('Decoding the image…');
  });

  it('keeps every box of a real inch1200 page inside its image', async () => {
    const store = createAppStore();
    const page = await openEveningStar(store);
    const image = store.getState().pageImages[page.id];
    if (!image) throw new Error('the image was not paired');
    renderView(<PageImageView page={page} image={image} lit={new Set()} selectedLine={null} follow={false} onSelect={() => undefined} decode={pending} />);
    const boxes = boxesOf();
    expect(boxes).toHaveLength(page.lines.filter((l) => l.box && l.text !== '').length);
    for (const box of boxes) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(box.getAttribute(a)));
      expect(x).toBeGreaterThanOrEqual(0);
      expect((x ?? 0) + (w ?? 0)).toBeLessThanOrEqual(223);
      expect((y ?? 0) + (h ?? 0)).toBeLessThanOrEqual(302);
    }
  });

  it('zooms with + and −, and back to the pane width with 0', async () => {
    const store = createAppStore();
    const page = await openEveningStar(store);
    const image = store.getState().pageImages[page.id];
    if (!image) throw new Error('the image was not paired');
    renderView(<PageImageView page={page} image={image} lit={new Set()} selectedLine={null} follow={false} onSelect={() => undefined} decode={pending} />);
    const figure = screen.getByRole('group', { name: /Page image/ });
    fireEvent.keyDown(figure, { key: '+' });
    expect(screen.getByRole('button', { name: 'Fit the pane width (0)' }).textContent).toBe('125%');
    fireEvent.keyDown(figure, { key: '0' });
    expect(screen.getByRole('button', { name: 'Fit the pane width (0)' }).textContent).toBe('100%');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out (−)' }));
    expect(screen.getByRole('button', { name: 'Fit the pane width (0)' }).textContent).toBe('80%');
  });
});

describe('the Text / Image switch in the Original pane', () => {
  it('shows the image, and a click on a box selects its line as a click on the text does', async () => {
    const store = createAppStore();
    const page = await openEveningStar(store);
    renderPane(store);
    fireEvent.click(screen.getByRole('button', { name: 'Image' }));
    expect(screen.getByRole('button', { name: 'Image' }).getAttribute('aria-pressed')).toBe('true');
    // The middle line of a paragraph of three lines or more.
    const paragraph = selectReconstruction(store.getState())?.articles.flatMap((a) => a.paragraphs).find((p) => p.lineIds.length > 2);
    const line = page.lines.find((l) => l.id === paragraph?.lineIds[1]);
    if (!paragraph || !line) throw new Error('no paragraph of three lines in the excerpt');
    fireEvent.click(screen.getByRole('listitem', { name: `Line ${line.number}: ${line.text}` }));
    expect(store.getState().selection).toEqual({ kind: 'line', lineId: line.id });
    // The whole paragraph the line went into is outlined, the clicked line strongest.
    const lit = boxesOf().filter((b) => b.getAttribute('data-highlighted') === 'true');
    expect(lit.map((b) => b.getAttribute('data-line-id'))).toEqual([...paragraph.lineIds]);
    expect(boxesOf().filter((b) => b.classList.contains('selected')).map((b) => b.getAttribute('data-line-id'))).toEqual([line.id]);
  });

  it('outlines the lines of a paragraph selected in the Reconstructed pane', async () => {
    const store = createAppStore();
    await openEveningStar(store);
    renderPane(store);
    fireEvent.click(screen.getByRole('button', { name: 'Image' }));
    const result = selectReconstruction(store.getState());
    const paragraph = result?.articles.flatMap((a) => a.paragraphs).find((p) => p.lineIds.length > 2);
    if (!paragraph) throw new Error('no paragraph of three lines');
    act(() => store.getState().select({ kind: 'piece', pieceId: paragraph.id }));
    const lit = boxesOf().filter((b) => b.getAttribute('data-highlighted') === 'true');
    expect(lit.map((b) => b.getAttribute('data-line-id'))).toEqual([...paragraph.lineIds]);
  });

  it('switches with Alt+I', async () => {
    const store = createAppStore();
    await openEveningStar(store);
    renderPane(store);
    fireEvent.keyDown(window, { key: 'i', code: 'KeyI', altKey: true });
    expect(screen.getByRole('list', { name: 'Line boxes' })).toBeTruthy();
    fireEvent.keyDown(window, { key: 'i', code: 'KeyI', altKey: true });
    expect(screen.queryByRole('list', { name: 'Line boxes' })).toBeNull();
  });

  it('is off, saying why, for a page without boxes and for a page without an image', async () => {
    const store = createAppStore();
    await store.getState().openFiles([{ name: 'plain.txt', bytes: new TextEncoder().encode('HARBOUR WORKS\n\nThe first stone was laid.') }]);
    renderPane(store);
    const button = screen.getByRole('button', { name: 'Image' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('title')).toMatch(/no line positions/);
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('list', { name: 'Line boxes' })).toBeNull();

    await act(async () => {
      await openEveningStar(store, false);
    });
    const again = screen.getByRole('button', { name: 'Image' });
    expect(again.getAttribute('aria-disabled')).toBe('true');
    expect(again.getAttribute('title')).toBe(`No page image: open ${EVENING_STAR}.png, .jpg or .tif together with the page.`);
  });
});

describe('opening images with pages', () => {
  it('attaches an image opened after its page, and refuses an image alone with a message', async () => {
    const store = createAppStore();
    const page = await openEveningStar(store, false);
    await store.getState().openFiles([fixture(`image/${EVENING_STAR}.png`)]);
    expect(store.getState().pageImages[page.id]?.name).toBe(`${EVENING_STAR}.png`);
    expect(selectActivePage(store.getState())?.id).toBe(page.id);

    await store.getState().openFiles([fixture('image/bnl-luxzeit-1858-12-07_01-00001-excerpt.tif')]);
    expect(store.getState().errors.map((e) => e.message)).toEqual([
      '“bnl-luxzeit-1858-12-07_01-00001-excerpt.tif” is a page image, not a page: open it together with the ALTO, PAGE XML or hOCR file of the same name.',
    ]);
    expect(store.getState().pages).toHaveLength(1);
  });

  it('refuses an image whose bytes are not what its name says', async () => {
    const store = createAppStore();
    await openEveningStar(store, false);
    await store.getState().openFiles([{ name: `${EVENING_STAR}.jpg`, bytes: new TextEncoder().encode('<html>not a scan</html>') }]);
    expect(store.getState().errors.map((e) => e.message)).toEqual([`“${EVENING_STAR}.jpg” is not the PNG, JPEG or TIFF image its name says, so Galley cannot show it beside its page.`]);
    expect(store.getState().pageImages).toEqual({});
  });

  it('forgets the image when its page is closed', async () => {
    const store = createAppStore();
    const page = await openEveningStar(store);
    store.getState().closePage(page.id);
    expect(store.getState().pageImages).toEqual({});
  });
});
