/**
 * The Content-Security-Policy of every Atelier page, in Electron (protocol handler and meta tag)
 * and in the browser build (HTTP header and meta tag): our own scripts and styles only, no
 * remote anything, no framing, no plugins.
 *
 * Electronegativity grades it LOW ("'self' can be problematic if you host JSONP, Angular or user
 * uploaded files"): 'self' is atelier://app (or the browser build's 127.0.0.1 host), which serves
 * the built renderer only, with `nosniff`; nothing a user imports is ever served as a script.
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
