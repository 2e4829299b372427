/**
 * Which URL is "the app": the built page on `file://` or, in development, the Vite dev
 * server. The sender check for IPC and the navigation lock both ask this one function, so
 * they cannot disagree.
 */

/** Decides whether a URL is the app's own page. */
export type AppUrlCheck = (url: string) => boolean;

/**
 * Builds the check for one app URL.
 * - `file:` pages match on the exact file, ignoring query and hash (the renderer may put
 *   state in the hash); any other file on disk is not the app.
 * - `http(s):` dev-server pages match on origin, because Vite serves modules from many paths
 *   of the same origin and the renderer may route within it.
 */
export function createAppUrlCheck(appUrl: string): AppUrlCheck {
  const app = new URL(appUrl);
  if (app.protocol === 'file:') {
    const appFile = stripQueryAndHash(app);
    return (url) => {
      const candidate = parse(url);
      return candidate !== null && candidate.protocol === 'file:' && stripQueryAndHash(candidate) === appFile;
    };
  }
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    return (url) => parse(url)?.origin === app.origin;
  }
  throw new Error(`The app URL must be file:, http: or https:, got ${appUrl}`);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function stripQueryAndHash(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}
