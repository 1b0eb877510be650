/**
 * The room's display: a route of its own (a new tab in the browser build, the projector window
 * in Electron), without the app's bar or controls, following the facilitator's window live.
 */
import type { ComponentType } from 'react';
import type { RoomView } from '../../../shared/model/run';
import { useT } from '../../i18n/I18nProvider';
import { SessionProvider, useSession } from '../../store/SessionProvider';
import { useAppReady } from '../../ui/useAppReady';
import { roomViews } from './roomViews';
import { RoomTimerStrip } from './TimerRoomView';
import { useFollowSession } from './useFollowSession';
import './projector.css';

export function ProjectorPage({ id }: { id: string }) {
  const t = useT();
  const state = useFollowSession(id);
  useAppReady(state.status !== 'loading');
  if (state.status === 'open')
    return (
      <SessionProvider controller={state.controller}>
        <RoomScreen />
      </SessionProvider>
    );
  return (
    <main className="room room--dark" aria-label={t('projector.label')}>
      <div className="room__stage">
        {state.status === 'waiting' && <p className="room__subtitle">{t('projector.notOpen')}</p>}
      </div>
    </main>
  );
}

function RoomScreen() {
  const t = useT();
  const theme = useSession((s) => s.options.projectorTheme);
  const view = useSession((s) => s.run.roomView);
  // Each entry of `roomViews` takes the view of its own kind.
  const View = roomViews[view.kind] as ComponentType<{ view: RoomView }>;
  return (
    <main className={`room room--${theme}`} aria-label={t('projector.label')}>
      <div className="room__stage">
        <View view={view} />
      </div>
      {view.kind !== 'timer' && <RoomTimerStrip />}
    </main>
  );
}
