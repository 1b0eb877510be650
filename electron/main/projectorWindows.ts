/**
 * The room's display: one projector window per session, full screen on the second display
 * when there is one. Opening it again brings the same window forward. Main's IPC wiring asks
 * `isProjector` to let these windows only read.
 */
import type { BrowserWindow } from 'electron';
import { createProjectorWindow } from './windows';

export class ProjectorWindows {
  private readonly bySession = new Map<string, BrowserWindow>();
  private readonly contentsIds = new Set<number>();

  constructor(private readonly preload: string) {}

  open(sessionId: string): void {
    const existing = this.bySession.get(sessionId);
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return;
    }
    const window = createProjectorWindow(
      this.preload,
      `/projector/${encodeURIComponent(sessionId)}`,
    );
    const contentsId = window.webContents.id;
    this.bySession.set(sessionId, window);
    this.contentsIds.add(contentsId);
    window.on('closed', () => {
      this.contentsIds.delete(contentsId);
      if (this.bySession.get(sessionId) === window) this.bySession.delete(sessionId);
    });
  }

  isProjector = (contentsId: number): boolean => this.contentsIds.has(contentsId);

  /** With the facilitator's window gone, the room's display goes too (and the app can quit). */
  closeAll(): void {
    for (const window of this.bySession.values()) if (!window.isDestroyed()) window.close();
  }
}
