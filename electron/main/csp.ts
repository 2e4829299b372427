/**
 * The Content Security Policy of the app page. It is applied twice on purpose: as a response
 * header (session.webRequest, see `window.ts`) and as the `<meta>` tag in
 * `renderer/index.html`. The header does not reach `file://` pages (Chromium fires no
 * webRequest header events for them), and the meta tag cannot carry `frame-ancestors`, so
 * each covers what the other misses. A test checks that the meta tag carries this string.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Returns the response headers with our policy in place of any the server sent. Header names
 * are case-insensitive, so a dev server's `content-security-policy` must be dropped too,
 * or the browser would enforce both (the stricter wins, but a looser one could mislead).
 */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = values;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
