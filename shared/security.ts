/**
 * The Content-Security-Policy of every Atelier page, in Electron (protocol handler and meta tag)
 * and in the browser build (HTTP header and meta tag): our own scripts and styles only, no
 * remote anything, no framing, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
