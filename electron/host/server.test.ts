import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDIA_MAX_BYTES } from '../../shared/contracts/media';
import { createAppServices } from '../services/app';
import { useTempFolder } from '../services/testing/tempFolder';
import { startHost } from './server';

const tempFolder = useTempFolder();

async function host() {
  const root = tempFolder();
  const services = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: path.join(root, 'Atelier'),
    platform: { shell: 'browser', version: 'test' },
  });
  const started = await startHost({ services, staticDir: root, token: 'jeton-de-test' });
  const post = (name: string, body: string) =>
    fetch(`http://127.0.0.1:${started.port}/api/call/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Atelier-Token': 'jeton-de-test' },
      body,
    });
  return { post, close: started.close };
}

describe('host request sizes', () => {
  it('lets a 25 MB photo through and keeps other calls to 20 MB', async () => {
    const { post, close } = await host();
    try {
      const photo = Buffer.alloc(MEDIA_MAX_BYTES);
      photo.set([0xff, 0xd8, 0xff]);
      const imported = await post(
        'media.import',
        JSON.stringify({
          id: 'seance',
          mediaId: 'photo1',
          original: photo.toString('base64'),
          display: photo.subarray(0, 1000).toString('base64'),
        }),
      );
      expect(imported.status).toBe(200);
      // Read in full, checked, and answered: the session is not open.
      expect(await imported.json()).toMatchObject({
        ok: false,
        error: { code: 'session.notOpen' },
      });

      const tooBig = await post(
        'library.list',
        JSON.stringify({ padding: 'x'.repeat(21 * 1024 * 1024) }),
      );
      expect(tooBig.status).toBe(413);
    } finally {
      await close();
    }
  });
});
