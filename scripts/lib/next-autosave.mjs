/* global window -- the function passed to page.evaluate runs in the browser */
// Shared by the benches that measure the app's autosave (scripts/bench-issue.mjs, scripts/bench-open.mjs).

/**
 * Waits for the app's first autosave tick (its `galley:autosave` measure, renderer/src/autosave.ts)
 * that starts after `after` (the page's performance.now()), and returns when it started, how long
 * it took from the tick to the write, the longest it held the main thread at once (one slice of
 * serialising, or the write) and the longest main-thread task that overlapped it (from the `window.__tasks` the
 * bench's long-task observer collects).
 */
export async function nextAutosave(page, after) {
  return page.evaluate(async (after) => {
    const last = () => performance.getEntriesByName('galley:autosave').at(-1);
    const started = performance.now();
    while (!(last()?.startTime > after)) {
      if (performance.now() - started > 20_000) throw new Error('no autosave within 20 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const { startTime, duration, detail } = last();
    // Let the long-task observer report the task it ran in.
    await new Promise((r) => setTimeout(r, 300));
    const overlapping = (window.__tasks ?? []).filter((t) => t.start <= startTime + duration && t.start + t.duration >= startTime);
    return { startTime, duration, longestPart: detail?.longestPart ?? duration, longestTask: Math.max(0, ...overlapping.map((t) => t.duration)) };
  }, after);
}
