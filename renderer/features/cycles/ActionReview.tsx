/**
 * « Où en sont nos petits pas ? »: in a session of a cycle, the next steps carried from the
 * earlier sessions that have not been reviewed yet, each with « Fait », « On continue »,
 * « Abandonné » (one operation each, undoable).
 */
import { useMemo } from 'react';
import { formatLongDate } from '../../../shared/i18n/formatDate';
import type { Action } from '../../../shared/model/actions';
import type { ReviewOutcome } from '../../../shared/session/actionOps';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useCycle } from './useCycle';
import './cycles.css';

const outcomes = [
  { id: 'done', label: 'review.done', variant: 'primary' },
  { id: 'carried', label: 'review.carried', variant: 'secondary' },
  { id: 'dropped', label: 'review.dropped', variant: 'ghost' },
] as const satisfies readonly { id: ReviewOutcome; label: string; variant: string }[];

export function ActionReview() {
  const cycleId = useSession((s) => s.cycleId);
  const actions = useSession((s) => s.actions);
  const carried = useMemo(
    () => actions.filter((a) => a.carriedFrom !== null && a.reviewedAt === null),
    [actions],
  );
  const hasCarried = useMemo(() => actions.some((a) => a.carriedFrom !== null), [actions]);
  if (!cycleId || !hasCarried) return null;
  return <ReviewList cycleId={cycleId} carried={carried} />;
}

function ReviewList({ cycleId, carried }: { cycleId: string; carried: Action[] }) {
  const t = useT();
  const locale = useLocale();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const [data] = useCycle(cycleId);
  const slotOf = useMemo(() => {
    const slots = data.status === 'ready' ? data.view.slots : [];
    return new Map(slots.flatMap((s) => (s.sessionId ? [[s.sessionId, s.index]] : [])));
  }, [data]);

  return (
    <section className="action-review" aria-labelledby="action-review-heading">
      <div className="action-review__header">
        <h2 id="action-review-heading">{t('review.heading')}</h2>
        {!readOnly && (
          <Button
            variant="ghost"
            onClick={() => dispatch({ type: 'room.show', view: { kind: 'actionReview' } })}
          >
            {t('review.showRoom')}
          </Button>
        )}
      </div>
      {carried.length === 0 ? (
        <p className="muted">{t('review.allReviewed')}</p>
      ) : (
        <>
          <p className="muted">{t('review.intro')}</p>
          <ul className="action-review__list">
            {carried.map((action) => {
              const from = action.carriedFrom
                ? slotOf.get(action.carriedFrom.sessionId)
                : undefined;
              return (
                <li key={action.id} className="action-review__item">
                  <div className="action-review__what">
                    <strong>{action.text}</strong>
                    <span className="action-review__details">
                      {action.owner && <span>{t('review.owner', { owner: action.owner })}</span>}
                      {action.due && (
                        <span>{t('review.due', { date: formatLongDate(action.due, locale) })}</span>
                      )}
                      {from !== undefined && (
                        <span>{t('review.fromSession', { index: from + 1 })}</span>
                      )}
                    </span>
                  </div>
                  {!readOnly && (
                    <div className="action-review__buttons" role="group" aria-label={action.text}>
                      {outcomes.map((outcome) => (
                        <Button
                          key={outcome.id}
                          variant={outcome.variant}
                          aria-label={t('review.outcomeFor', {
                            outcome: t(outcome.label),
                            text: action.text,
                          })}
                          onClick={() =>
                            dispatch({ type: 'action.review', id: action.id, outcome: outcome.id })
                          }
                        >
                          {t(outcome.label)}
                        </Button>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
