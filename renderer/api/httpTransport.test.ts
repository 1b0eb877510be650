import { describe, expect, it, vi } from 'vitest';
import { openProjectorTab } from './httpTransport';

describe('the browser build’s room display', () => {
  it('opens the projector route in a tab named after the session, with the token in the fragment', () => {
    const tab = { focus: vi.fn() };
    const open = vi.fn(() => tab as unknown as Window);
    expect(openProjectorTab({ open }, 'jeton/secret', 'seance-1')).toEqual({ ok: true, value: {} });
    expect(open).toHaveBeenCalledWith(
      '/projector/seance-1#token=jeton%2Fsecret',
      'atelier-projector-seance-1',
    );
    expect(tab.focus).toHaveBeenCalled();
  });

  it('for a video call, opens a 1280 × 720 window of its own, with ?visio=1', () => {
    const tab = { focus: vi.fn() };
    const open = vi.fn(() => tab as unknown as Window);
    expect(openProjectorTab({ open }, 'jeton', 'seance-1', { videoCall: true })).toEqual({
      ok: true,
      value: {},
    });
    expect(open).toHaveBeenCalledWith(
      '/projector/seance-1?visio=1#token=jeton',
      'atelier-visio-seance-1',
      'popup,width=1280,height=720',
    );
  });

  it('says so when the browser blocks the tab', () => {
    expect(openProjectorTab({ open: () => null }, 't', 'seance-1')).toEqual({
      ok: false,
      error: { code: 'projector.blocked' },
    });
  });
});
