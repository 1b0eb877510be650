/**
 * One sequence of the plan: its planned time, title, kind and duration; moved by its handle
 * (mouse, touch, or Space then arrows) or by the up and down buttons; opened for editing.
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Sequence } from '../../../shared/model/agenda';
import { formatDuration } from '../../../shared/i18n/formatDuration';
import type { PlannedSequence } from '../../../shared/agenda/plannedTimes';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { formatMinutesOfDay } from '../timer/timeFormat';
import { SequenceFields } from './SequenceFields';

export function SequenceItem({
  sequence,
  planned,
  index,
  count,
  isOpen,
  isCurrent,
  focusTitle,
  readOnly,
  onToggle,
  onMove,
  onRemove,
}: {
  sequence: Sequence;
  planned: PlannedSequence;
  index: number;
  count: number;
  isOpen: boolean;
  /** Running now (run mode). */
  isCurrent: boolean;
  focusTitle: boolean;
  readOnly: boolean;
  onToggle: () => void;
  onMove: (toIndex: number, button: 'up' | 'down') => void;
  onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const title = sequence.title || t('agenda.untitled');
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: sequence.id,
    disabled: readOnly,
    attributes: { roleDescription: t('agenda.dnd.roleDescription') },
  });
  const detailsId = `sequence-${sequence.id}-details`;
  return (
    <li
      ref={setNodeRef}
      id={`agenda-item-${sequence.id}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={[
        'agenda-item',
        isOpen && 'agenda-item--open',
        isDragging && 'agenda-item--dragging',
        isCurrent && 'agenda-item--current',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <div className="agenda-item__row">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="agenda-item__handle"
          aria-label={t('agenda.drag', { title })}
          {...attributes}
          {...listeners}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="agenda-item__time">
          {formatMinutesOfDay(planned.startMin, locale)}
          {sequence.pinnedStart !== null && (
            <span className="agenda-item__pin">{t('agenda.pinnedBadge')}</span>
          )}
        </span>
        <button
          type="button"
          className="agenda-item__toggle"
          aria-expanded={isOpen}
          aria-controls={isOpen ? detailsId : undefined}
          onClick={onToggle}
        >
          <span className="agenda-item__title">{title}</span>
          <span className="agenda-item__meta">
            {t(`agenda.kind.${sequence.kind}`)}
            {sequence.rounds &&
              ` · ${t('agenda.roundsBadge', {
                count: sequence.rounds.count,
                round: formatDuration(sequence.rounds.roundMin, t),
              })}`}
            {sequence.groupingPlan &&
              ` · ${t('methods.groupingPlan', { size: sequence.groupingPlan.size })}`}
            {sequence.speakers && ` · ${sequence.speakers}`}
          </span>
          {planned.overlapMin > 0 && (
            <span className="agenda-item__overlap">
              {t('agenda.overlap', { minutes: formatDuration(planned.overlapMin, t) })}
            </span>
          )}
        </button>
        <span className="agenda-item__duration">{formatDuration(sequence.durationMin, t)}</span>
        <span className="agenda-item__actions">
          <Button
            variant="ghost"
            className="agenda-item__move"
            data-move="up"
            aria-label={t('agenda.moveUp', { title })}
            disabled={readOnly || index === 0}
            onClick={() => onMove(index - 1, 'up')}
          >
            <span aria-hidden="true">↑</span>
          </Button>
          <Button
            variant="ghost"
            className="agenda-item__move"
            data-move="down"
            aria-label={t('agenda.moveDown', { title })}
            disabled={readOnly || index === count - 1}
            onClick={() => onMove(index + 1, 'down')}
          >
            <span aria-hidden="true">↓</span>
          </Button>
          <Button
            variant="ghost"
            className="agenda-item__remove"
            aria-label={t('agenda.remove', { title })}
            disabled={readOnly}
            onClick={onRemove}
          >
            {t('common.delete')}
          </Button>
        </span>
      </div>
      {isOpen && (
        <SequenceFields
          id={detailsId}
          sequence={sequence}
          plannedStartMin={planned.startMin}
          readOnly={readOnly}
          focusTitle={focusTitle}
        />
      )}
    </li>
  );
}
