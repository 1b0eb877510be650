/**
 * The room's display: a route of its own (a new tab in the browser build, the projector window
 * in Electron), without the app's bar or controls, following the facilitator's window live.
 *
 * In a video call (`?visio=1`), the same views on a 16:9 stage of exactly 1280 × 720, the size
 * of the window the facilitator shares: type sized on the stage, nothing but what participants
 * should read — no control, no pointer, no scroll bar.
 */
import { useEffect, type ComponentType, type ReactNode } from 'react';
import type { RoomView } from '../../../shared/model/run';
import type { ProjectorTheme } from '../../../shared/model/session';
import { useT } from '../../i18n/I18nProvider';
import { SessionProvider, useSession } from '../../store/SessionProvider';
import { useAppReady } from '../../ui/useAppReady';
import { roomViews } from './roomViews';
import { RoomTimerStrip } from './TimerRoomView';
import { useFollowSession } from './useFollowSession';
import './projector.css';

export function ProjectorPage({ id, isVideoCall = false }: { id: string; isVideoCall?: boolean }) {
  const t = useT();
  const state = useFollowSession(id);
  useAppReady(state.status !== 'loading');
  const windowTitle = isVideoCall ? t('projector.videoCallTitle') : null;
  useEffect(() => {
    // The name the call's « share a window » list shows.
    if (windowTitle !== null) document.title = windowTitle;
  }, [windowTitle]);
  const screen =
    state.status === 'open' ? (
      <SessionProvider controller={state.controller}>
        <RoomScreen isVideoCall={isVideoCall} />
      </SessionProvider>
    ) : (
      <main className={roomClass('dark', isVideoCall)} aria-label={t('projector.label')}>
        <div className="room__stage">
          {state.status === 'waiting' && <p className="room__subtitle">{t('projector.notOpen')}</p>}
        </div>
      </main>
    );
  return isVideoCall ? <VideoCallFrame>{screen}</VideoCallFrame> : screen;
}

function roomClass(theme: ProjectorTheme, isVideoCall: boolean): string {
  return `room room--${theme}${isVideoCall ? ' room--visio' : ''}`;
}

/** The window around the 1280 × 720 stage: black, the stage in its middle if the window is larger. */
function VideoCallFrame({ children }: { children: ReactNode }) {
  return <div className="room-visio">{children}</div>;
}

function RoomScreen({ isVideoCall }: { isVideoCall: boolean }) {
  const t = useT();
  const theme = useSession((s) => s.options.projectorTheme);
  const view = useSession((s) => s.run.roomView);
  // Each entry of `roomViews` takes the view of its own kind.
  const View = roomViews[view.kind] as ComponentType<{ view: RoomView }>;
  return (
    <main className={roomClass(theme, isVideoCall)} aria-label={t('projector.label')}>
      <div className="room__stage">
        <View view={view} />
      </div>
      {view.kind !== 'timer' && <RoomTimerStrip />}
    </main>
  );
}
