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
import { useFollowSession } from './useFollowSession';
import './projector.css';

export function ProjectorPage({ id }: { id: string }) {
  const t = useT();
  const state = useFollowSession(id);
  useAppReady(state.status !== 'loading');
  return (
    <main className="room" aria-label={t('projector.label')}>
      {state.status === 'waiting' && <p className="room__title">{t('projector.notOpen')}</p>}
      {state.status === 'open' && (
        <SessionProvider controller={state.controller}>
          <RoomDisplay />
        </SessionProvider>
      )}
    </main>
  );
}

function RoomDisplay() {
  const view = useSession((s) => s.run.roomView);
  // Each entry of `roomViews` takes the view of its own kind.
  const View = roomViews[view.kind] as ComponentType<{ view: RoomView }>;
  return <View view={view} />;
}
