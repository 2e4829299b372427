/** Shrinks RGBA pixels by averaging square blocks, so a 6000×8000 scan is held at a size the pane can use. */

export interface Rgba {
  readonly data: Uint8Array | Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** The whole-number factor that brings the longer side to at most `maxSide`. */
export function shrinkFactor(width: number, height: number, maxSide: number): number {
  return Math.max(1, Math.ceil(Math.max(width, height) / maxSide));
}

/** Averages each `factor`×`factor` block into one pixel (a box filter: no moiré on printed halftones). */
export function downscaleRgba(image: Rgba, factor: number): Rgba {
  if (factor <= 1) return image;
  const width = Math.ceil(image.width / factor);
  const height = Math.ceil(image.height / factor);
  const out = new Uint8ClampedArray(width * height * 4);
  const sums = new Float64Array(width * 4);
  const counts = new Uint32Array(width);
  for (let oy = 0; oy < height; oy++) {
    sums.fill(0);
    counts.fill(0);
    const yEnd = Math.min(image.height, (oy + 1) * factor);
    for (let y = oy * factor; y < yEnd; y++) {
      let from = y * image.width * 4;
      for (let x = 0; x < image.width; x++, from += 4) {
        const ox = (x / factor) | 0;
        const to = ox * 4;
        sums[to] = (sums[to] ?? 0) + (image.data[from] ?? 0);
        sums[to + 1] = (sums[to + 1] ?? 0) + (image.data[from + 1] ?? 0);
        sums[to + 2] = (sums[to + 2] ?? 0) + (image.data[from + 2] ?? 0);
        sums[to + 3] = (sums[to + 3] ?? 0) + (image.data[from + 3] ?? 0);
        counts[ox] = (counts[ox] ?? 0) + 1;
      }
    }
    const row = oy * width * 4;
    for (let ox = 0; ox < width; ox++) {
      const n = counts[ox] ?? 1;
      for (let c = 0; c < 4; c++) out[row + ox * 4 + c] = (sums[ox * 4 + c] ?? 0) / n;
    }
  }
  return { data: out, width, height };
}
