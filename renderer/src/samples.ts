/**
 * The sample pages shipped in resources/samples, bundled so the app opens on a real page
 * in Electron and in the browser alike. They go through the same loader as a user's file.
 */
import type { FileToLoad } from './store/document-slice';

const sources = import.meta.glob('../../resources/samples/*.{txt,md}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export function samplePages(): FileToLoad[] {
  const encoder = new TextEncoder();
  return Object.entries(sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), bytes: encoder.encode(text) }));
}
