/**
 * The room's view of « Où en sont nos petits pas ? »: every step carried from the earlier
 * sessions, and where it stands as the group reviews them (large type, both themes).
 */
import { useMemo } from 'react';
import type { Action } from '../../../shared/model/actions';
import type { PlainMessageKey } from '../../../shared/i18n/t';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import type { RoomViewProps } from '../projector/roomViews';
import '../boards/boards.css';
import './cycles.css';

function standing(action: Action): { mark: string; label: PlainMessageKey } {
  if (action.reviewedAt === null) return { mark: '•', label: 'review.status.pending' };
  if (action.status === 'done') return { mark: '✓', label: 'review.done' };
  if (action.status === 'dropped') return { mark: '×', label: 'review.dropped' };
  return { mark: '→', label: 'review.carried' };
}

export function ActionReviewRoomView(_: RoomViewProps<'actionReview'>) {
  const t = useT();
  const actions = useSession((s) => s.actions);
  const carried = useMemo(() => actions.filter((a) => a.carriedFrom !== null), [actions]);
  return (
    <div className="room-board">
      <p className="room__title">{t('review.heading')}</p>
      {carried.length === 0 ? (
        <p className="room-board__prompt">{t('review.roomEmpty')}</p>
      ) : (
        <ol className="room-ranking room-review">
          {carried.map((action) => {
            const { mark, label } = standing(action);
            return (
              <li
                key={action.id}
                className={`room-review__item--${action.reviewedAt ? action.status : 'pending'}`}
              >
                <span className="room-ranking__rank" aria-hidden="true">
                  {mark}
                </span>
                <span className="room-ranking__text">{action.text}</span>
                <span className="room-ranking__votes">{t(label)}</span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
