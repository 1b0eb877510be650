import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { writeLicenses } from './scripts/licenses.mjs';
import { CONTENT_SECURITY_POLICY } from './shared/security.ts';

/** The same policy as the HTTP header, as a meta tag, for any way the page is loaded. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'atelier-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The licences of the packages in the renderer's chunks, for Settings → À propos. */
function bundledLicenses(): Plugin {
  return {
    name: 'atelier-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const modules = Object.values(bundle).flatMap((chunk) =>
        chunk.type === 'chunk' ? Object.keys(chunk.modules) : [],
      );
      writeLicenses('renderer', modules);
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), contentSecurityPolicy(), bundledLicenses()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // One bundle read from the disk (Electron) or from 127.0.0.1, never over a network: the
    // 500 kB warning is for sites; past 1 MB, something worth a look was added.
    chunkSizeWarningLimit: 1000,
  },
});
