import { describe, expect, it } from 'vitest';
import { gennevilliersSession } from '../../shared/testing/sampleSession';
import { fakeBackend } from '../testing/fakeApi';
import { SessionController } from './sessionController';

async function open(backend = fakeBackend([gennevilliersSession()]), clientId = 'window-A') {
  const api = backend.api(clientId);
  const opened = await api.call('session.open', { id: 'seance-gennevilliers' });
  if (!opened.ok) throw new Error(opened.error.code);
  return { backend, controller: new SessionController(api, opened.value) };
}

describe('SessionController', () => {
  it('applies a change at once, then the Node side applies the same', async () => {
    const { backend, controller } = await open();
    controller.dispatch({ type: 'session.update', fields: { place: 'Nanterre' } });
    expect(controller.getState().session.place).toBe('Nanterre');
    expect(controller.getState().save.kind).toBe('saving');
    await controller.settled();
    expect(backend.sessions.get('seance-gennevilliers')?.place).toBe('Nanterre');
  });

  it('undoes and redoes, and the Node side follows', async () => {
    const { backend, controller } = await open();
    const original = controller.getState().session.place;
    controller.dispatch({ type: 'session.update', fields: { place: 'Liévin' } });
    controller.undo();
    expect(controller.getState().session.place).toBe(original);
    expect(controller.getState().canRedo).toBe(true);
    controller.redo();
    await controller.settled();
    expect(controller.getState().session.place).toBe('Liévin');
    expect(backend.sessions.get('seance-gennevilliers')?.place).toBe('Liévin');
  });

  it('shows changes made in another window', async () => {
    const backend = fakeBackend([gennevilliersSession()]);
    const a = await open(backend, 'window-A');
    const b = await open(backend, 'window-B');
    a.controller.dispatch({ type: 'session.update', fields: { title: 'Vu du projecteur' } });
    await a.controller.settled();
    expect(b.controller.getState().session.title).toBe('Vu du projecteur');
    expect(b.controller.getState().canUndo).toBe(false);
  });

  it('goes back to the Node side’s state when a change is refused', async () => {
    const { backend, controller } = await open();
    backend.failNext('session.apply', 'session.readOnly');
    controller.dispatch({ type: 'session.update', fields: { place: 'Refusé' } });
    await controller.settled();
    await controller.settled();
    expect(controller.getState().save).toMatchObject({
      kind: 'failed',
      error: { code: 'session.readOnly' },
    });
    expect(controller.getState().session.place).not.toBe('Refusé');
  });
});
