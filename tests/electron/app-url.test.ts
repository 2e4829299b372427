// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAppUrlCheck } from '../../electron/main/app-url';

describe('createAppUrlCheck', () => {
  it('on file:, accepts only the app page itself, with any query or hash', () => {
    const isApp = createAppUrlCheck('file:///opt/Galley/resources/app.asar/dist/renderer/index.html');
    expect(isApp('file:///opt/Galley/resources/app.asar/dist/renderer/index.html')).toBe(true);
    expect(isApp('file:///opt/Galley/resources/app.asar/dist/renderer/index.html#/review')).toBe(true);
    expect(isApp('file:///opt/Galley/resources/app.asar/dist/renderer/index.html?x=1')).toBe(true);
    expect(isApp('file:///opt/Galley/resources/app.asar/dist/renderer/other.html')).toBe(false);
    expect(isApp('file:///home/ed/Downloads/page.html')).toBe(false);
    expect(isApp('https://example.org/dist/renderer/index.html')).toBe(false);
    expect(isApp('not a url')).toBe(false);
  });

  it('on the dev server, accepts any page of that origin and nothing else', () => {
    const isApp = createAppUrlCheck('http://127.0.0.1:5173/');
    expect(isApp('http://127.0.0.1:5173/')).toBe(true);
    expect(isApp('http://127.0.0.1:5173/index.html?t=1')).toBe(true);
    expect(isApp('http://127.0.0.1:5174/')).toBe(false);
    expect(isApp('http://localhost:5173/')).toBe(false);
    expect(isApp('file:///index.html')).toBe(false);
  });

  it('refuses to treat other schemes as the app', () => {
    expect(() => createAppUrlCheck('data:text/html,<h1>hi</h1>')).toThrow(/file:, http: or https:/);
  });
});
