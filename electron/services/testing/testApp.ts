/**
 * The Node side as both transports run it, on a fresh library in a temp folder: tests call the
 * handlers by name, as the window does. Not for production code.
 */
import path from 'node:path';
import { createAppServices } from '../app';
import { callHandler } from '../handlers/index';

export function testApp(root: string) {
  const library = path.join(root, 'Documents', 'Atelier');
  const app = createAppServices({
    configDir: path.join(root, 'config'),
    defaultLibraryPath: library,
    platform: { shell: 'browser', version: '0.0.0-test' },
  });
  const call = (name: string, input: unknown = {}) =>
    callHandler(app.handlers, name, input, { clientId: 'test' });
  /** The call's value; throws with the error code when it fails. */
  const value = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const result = await call(name, input);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
    return result.value as T;
  };
  return { app, library, call, value };
}
