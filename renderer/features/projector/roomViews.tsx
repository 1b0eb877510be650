/**
 * What the room sees, by kind of `session.run.roomView` (shared/model/run.ts). A feature adds
 * its kind there and its view here; the projector page shows the one the facilitator chose.
 * Views read the session with `useSession` and must stay readable from the back of a room.
 */
import type { ComponentType } from 'react';
import type { RoomView, RoomViewKind } from '../../../shared/model/run';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { GroupingRoomView } from '../groups/GroupingRoomView';

export type RoomViewProps<K extends RoomViewKind> = { view: Extract<RoomView, { kind: K }> };

/** Until the timer view exists: the current sequence's title and prompt. */
function CurrentSequence() {
  const t = useT();
  const sequence = useSession(
    (s) => s.agenda.find((item) => item.id === s.run.currentSequenceId) ?? null,
  );
  if (!sequence) return <p className="room__title">{t('projector.waiting')}</p>;
  return (
    <>
      <p className="room__title">{sequence.title}</p>
      {sequence.prompt && <p className="room__prompt">{sequence.prompt}</p>}
    </>
  );
}

function NotYet() {
  const t = useT();
  return <p className="room__title">{t('projector.waiting')}</p>;
}

export const roomViews: { [K in RoomViewKind]: ComponentType<RoomViewProps<K>> } = {
  timer: CurrentSequence,
  grouping: GroupingRoomView,
  keywords: NotYet,
  votes: NotYet,
};
