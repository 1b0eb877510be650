import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('Content-Security-Policy', () => {
  it('denies by default and lets only our own scripts run', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
  });

  it('closes plugins, framing, <base> and form posts', () => {
    for (const name of ['object-src', 'frame-ancestors', 'base-uri', 'form-action'])
      expect(directives.get(name), name).toEqual(["'none'"]);
  });

  it('reaches no network: no scheme, host or wildcard other than our own origin', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives)
      for (const source of sources)
        expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
  });

  it('allows no inline or evaluated code anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|strict-dynamic|wasm/);
  });
});
