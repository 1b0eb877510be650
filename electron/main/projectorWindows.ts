/**
 * The room's display: one projector window per session, full screen on the second display
 * when there is one, or the fixed 1280 × 720 window to share in a video call. Opening it again
 * in the same mode brings the same window forward; in the other mode, it replaces it. Main's
 * IPC wiring asks `isProjector` to let these windows only read.
 */
import type { BrowserWindow } from 'electron';
import { createProjectorWindow } from './windows';

export class ProjectorWindows {
  private readonly bySession = new Map<string, { window: BrowserWindow; videoCall: boolean }>();
  private readonly contentsIds = new Set<number>();

  constructor(private readonly preload: string) {}

  open(sessionId: string, { videoCall = false }: { videoCall?: boolean } = {}): void {
    const existing = this.bySession.get(sessionId);
    if (existing && !existing.window.isDestroyed()) {
      if (existing.videoCall === videoCall) {
        if (existing.window.isMinimized()) existing.window.restore();
        existing.window.show();
        existing.window.focus();
        return;
      }
      existing.window.close();
    }
    const route = `/projector/${encodeURIComponent(sessionId)}${videoCall ? '?visio=1' : ''}`;
    const window = createProjectorWindow(this.preload, route, { videoCall });
    const contentsId = window.webContents.id;
    this.bySession.set(sessionId, { window, videoCall });
    this.contentsIds.add(contentsId);
    window.on('closed', () => {
      this.contentsIds.delete(contentsId);
      if (this.bySession.get(sessionId)?.window === window) this.bySession.delete(sessionId);
    });
  }

  isProjector = (contentsId: number): boolean => this.contentsIds.has(contentsId);

  /** With the facilitator's window gone, the room's display goes too (and the app can quit). */
  closeAll(): void {
    for (const { window } of this.bySession.values()) if (!window.isDestroyed()) window.close();
  }
}
