/**
 * The page image in the Original pane with every line's box drawn over it: the selected
 * paragraph's lines are outlined, a click on a box selects its line (as a click on the line
 * in the text does). Fits the pane's width; + / − / 0 and Ctrl+wheel zoom, the pane scrolls.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LineId, Page } from '../../../shared/model/page';
import { useT } from '../i18n/use-t';
import { decodePageImage, type DecodeImage } from '../image/decode-image';
import { decodeOnce } from '../image/decoded-cache';
import type { PixelSize } from '../image/image-size';
import { boxOnImage, pageFrame } from '../image/page-frame';
import type { PageImageFile } from '../image/page-image-file';
import '../image/page-image.css';

export interface PageImageViewProps {
  page: Page;
  image: PageImageFile;
  /** Lines of the selected paragraph (or repair): outlined. */
  lit: ReadonlySet<LineId>;
  /** The line the user selected, drawn stronger than the rest of its paragraph. */
  selectedLine: LineId | null;
  /** Scroll the outlined boxes into view (the selection came from the other pane). */
  follow: boolean;
  onSelect: (id: LineId) => void;
  /** Tests pass their own; the app decodes off the main thread. */
  decode?: DecodeImage;
}

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 8;
const STEP = 1.25;

const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** A point of the viewport and where it fell on the image (fractions of its width and height). */
interface ZoomAnchor {
  readonly x: number;
  readonly y: number;
  readonly fx: number;
  readonly fy: number;
}

/** The nearest ancestor that scrolls: the pane, whatever wraps the image. */
function scrollParentOf(element: HTMLElement): HTMLElement | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(at);
    if (/(auto|scroll)/u.test(overflowX + overflowY)) return at;
  }
  return null;
}

export function PageImageView({ page, image, lit, selectedLine, follow, onSelect, decode = decodePageImage }: PageImageViewProps) {
  const t = useT();
  const size = useMemo(() => ({ width: image.width, height: image.height }), [image]);
  const [zoom, setZoom] = useState(1);
  const figureRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<ZoomAnchor | null>(null);

  // After a Ctrl+wheel zoom, scroll so the point that was under the cursor is under it again.
  useLayoutEffect(() => {
    const figure = figureRef.current;
    const at = anchor.current;
    anchor.current = null;
    if (!figure || !at) return;
    const scroller = scrollParentOf(figure);
    if (!scroller) return;
    const rect = figure.getBoundingClientRect();
    scroller.scrollLeft += rect.left + at.fx * rect.width - at.x;
    scroller.scrollTop += rect.top + at.fy * rect.height - at.y;
  }, [zoom]);

  // Ctrl+wheel zooms. React's wheel listener is passive, so it could not stop the page zoom.
  useEffect(() => {
    const figure = figureRef.current;
    if (!figure) return;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      // Where the cursor is on the image, as a fraction: that point stays under it after the zoom.
      const rect = figure.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0) {
        anchor.current = { x: event.clientX, y: event.clientY, fx: (event.clientX - rect.left) / rect.width, fy: (event.clientY - rect.top) / rect.height };
      }
      setZoom((z) => clampZoom(event.deltaY < 0 ? z * STEP : z / STEP));
    };
    figure.addEventListener('wheel', onWheel, { passive: false });
    return () => figure.removeEventListener('wheel', onWheel);
  }, []);

  useEffect(() => {
    if (!follow || lit.size === 0) return;
    figureRef.current?.querySelector('.line-box.lit')?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [lit, follow]);

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = event.key === '+' || event.key === '=' ? zoom * STEP : event.key === '-' ? zoom / STEP : event.key === '0' ? 1 : null;
    if (next === null) return;
    event.preventDefault();
    setZoom(clampZoom(next));
  };

  return (
    <div className="page-image-view">
      <div className="page-image-tools">
        <button type="button" title={t('image.zoomOut')} aria-label={t('image.zoomOut')} onClick={() => setZoom((z) => clampZoom(z / STEP))} disabled={zoom <= MIN_ZOOM}>−</button>
        <button type="button" title={t('image.zoomIn')} aria-label={t('image.zoomIn')} onClick={() => setZoom((z) => clampZoom(z * STEP))} disabled={zoom >= MAX_ZOOM}>+</button>
        <button type="button" title={t('image.zoomFit')} aria-label={t('image.zoomFit')} onClick={() => setZoom(1)}>{Math.round(zoom * 100)}%</button>
        <span>{image.name} · {size.width}×{size.height}</span>
      </div>
      <div
        ref={figureRef}
        className="page-image"
        role="group"
        aria-label={t('image.figure')}
        tabIndex={0}
        onKeyDown={onKeyDown}
        style={{ width: `calc(${zoom * 100}% - 1rem)`, aspectRatio: `${size.width} / ${size.height}` }}
      >
        <DecodedImage image={image} decode={decode} />
        <LineBoxes page={page} size={size} lit={lit} selectedLine={selectedLine} onSelect={onSelect} />
      </div>
    </div>
  );
}

/** The pixels, once decoded; until then a note, and the boxes already in place. */
function DecodedImage({ image, decode }: { image: PageImageFile; decode: DecodeImage }) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<{ file: PageImageFile; outcome: 'shown' | { error: string } } | null>(null);
  useEffect(() => {
    let current = true;
    decodeOnce(image, decode).then(
      (bitmap) => {
        if (!current) return;
        const canvas = canvasRef.current;
        if (canvas) {
          canvas.width = bitmap.width;
          canvas.height = bitmap.height;
          canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
        }
        setState({ file: image, outcome: 'shown' });
      },
      (error: unknown) => {
        if (current) setState({ file: image, outcome: { error: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [image, decode]);
  const outcome = state?.file === image ? state.outcome : null;
  return (
    <>
      <canvas ref={canvasRef} aria-hidden="true" />
      {outcome === null ? <p className="page-image-status" role="status">{t('image.decoding')}</p> : null}
      {outcome !== null && outcome !== 'shown' ? (
        <p className="page-image-status error" role="alert">{t('image.decodeFailed', { name: image.name, reason: outcome.error })}</p>
      ) : null}
    </>
  );
}

interface LineBoxesProps {
  page: Page;
  size: PixelSize;
  lit: ReadonlySet<LineId>;
  selectedLine: LineId | null;
  onSelect: (id: LineId) => void;
}

/** One rectangle per printed line, in the image's pixels (the SVG's viewBox is the image). */
const LineBoxes = memo(function LineBoxes({ page, size, lit, selectedLine, onSelect }: LineBoxesProps) {
  const t = useT();
  const frame = useMemo(() => pageFrame(page, size), [page, size]);
  return (
    <svg viewBox={`0 0 ${size.width} ${size.height}`} preserveAspectRatio="none" role="list" aria-label={t('image.boxes')}>
      {page.lines.map((line) => {
        if (!line.box || line.text === '') return null;
        const r = boxOnImage(line.box, frame, size);
        const name = t('image.lineBox', { n: line.number, text: line.text });
        const className = `line-box${lit.has(line.id) ? ' lit' : ''}${line.id === selectedLine ? ' selected' : ''}`;
        return (
          <rect
            key={line.id}
            role="listitem"
            aria-label={name}
            data-line-id={line.id}
            data-highlighted={lit.has(line.id) ? 'true' : undefined}
            className={className}
            x={r.x}
            y={r.y}
            width={r.w}
            height={r.h}
            onClick={() => onSelect(line.id)}
          >
            <title>{name}</title>
          </rect>
        );
      })}
    </svg>
  );
});
