/**
 * The plan of the day: sequences added, edited, deleted (with undo) and reordered by drag and
 * drop or from the keyboard. Planned times follow live; the day's span and total are shown,
 * and a warning when the plan runs past the session's end.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { plannedTimes } from '../../../shared/agenda/plannedTimes';
import { formatClockTime } from '../../../shared/i18n/formatDate';
import { formatDuration } from '../../../shared/i18n/formatDuration';
import { sequenceDraft } from '../../../shared/model/agenda';
import { newId } from '../../../shared/model/ids';
import { useLocale, useT } from '../../i18n/I18nProvider';
import {
  useDispatch,
  useSession,
  useSessionController,
  useSessionState,
} from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { AgendaMethods } from '../methods/AgendaMethods';
import { formatMinutesOfDay } from '../timer/timeFormat';
import { SequenceItem } from './SequenceItem';

export function AgendaEditor() {
  const t = useT();
  const locale = useLocale();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const readOnly = useSessionState((s) => s.readOnly);
  const agenda = useSession((s) => s.agenda);
  const startTime = useSession((s) => s.startTime);
  const endTime = useSession((s) => s.endTime);
  const currentId = useSession((s) => s.run.currentSequenceId);
  const day = useMemo(
    () => plannedTimes(agenda, { startTime, endTime }),
    [agenda, startTime, endTime],
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const [addedId, setAddedId] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = useMemo(() => agenda.map((s) => s.id), [agenda]);

  const titleOf = (id: UniqueIdentifier) =>
    agenda.find((s) => s.id === id)?.title || t('agenda.untitled');
  const position = (id: UniqueIdentifier | undefined) => ids.indexOf(String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('agenda.dnd.start', {
        title: titleOf(active.id),
        position: position(active.id),
        count: ids.length,
      }),
    onDragOver: ({ active, over }) =>
      over
        ? t('agenda.dnd.over', {
            title: titleOf(active.id),
            position: position(over.id),
            count: ids.length,
          })
        : undefined,
    onDragEnd: ({ active, over }) =>
      t('agenda.dnd.end', {
        title: titleOf(active.id),
        position: position(over?.id ?? active.id),
        count: ids.length,
      }),
    onDragCancel: ({ active }) => t('agenda.dnd.cancel', { title: titleOf(active.id) }),
  };

  const move = (id: string, toIndex: number) => dispatch({ type: 'agenda.move', id, toIndex });

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(String(active.id), ids.indexOf(String(over.id)));
  };

  /** Moved by its button, the row keeps the keyboard's focus on the same button. */
  const moveByButton = (id: string, toIndex: number, button: 'up' | 'down') => {
    // Rendered at once, so that the focus can be put back (React moved the row's node).
    flushSync(() => move(id, toIndex));
    const row = document.getElementById(`agenda-item-${id}`);
    const target =
      row?.querySelector<HTMLButtonElement>(`[data-move="${button}"]:not(:disabled)`) ??
      row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)');
    target?.focus();
  };

  const add = () => {
    const id = newId();
    const openIndex = agenda.findIndex((s) => s.id === openId);
    dispatch({
      type: 'agenda.add',
      sequence: sequenceDraft({
        id,
        kind: 'autre',
        title: t('agenda.newSequence'),
        durationMin: 15,
      }),
      ...(openIndex === -1 ? {} : { index: openIndex + 1 }),
    });
    setOpenId(id);
    setAddedId(id);
  };

  const remove = (id: string) => {
    const title = titleOf(id);
    dispatch({ type: 'agenda.remove', id });
    if (openId === id) setOpenId(null);
    toast(t('agenda.removed', { title }), {
      label: t('agenda.undoRemove'),
      run: controller.undo,
    });
  };

  return (
    <div className="agenda">
      <div className="agenda__summary">
        <p className="agenda__span">
          {day.startMin !== null && day.endMin !== null ? (
            <>
              <strong>
                {t('agenda.summary', {
                  start: formatMinutesOfDay(day.startMin, locale),
                  end: formatMinutesOfDay(day.endMin, locale),
                  total: formatDuration(day.totalMin, t),
                })}
              </strong>
              {' · '}
            </>
          ) : null}
          {t('agenda.sequenceCount', { count: agenda.length })}
        </p>
        <span className="agenda__buttons">
          <AgendaMethods selectedId={openId} />
          <Button variant="primary" onClick={add} disabled={readOnly}>
            {t('agenda.add')}
          </Button>
        </span>
      </div>
      <div role="status">
        {day.overrunMin > 0 && endTime !== null && day.endMin !== null && (
          <p className="notice agenda__overrun">
            {t('agenda.overrun', {
              end: formatMinutesOfDay(day.endMin, locale),
              minutes: formatDuration(day.overrunMin, t),
              limit: formatClockTime(endTime, locale),
            })}
          </p>
        )}
      </div>
      {agenda.length === 0 ? (
        <p className="muted">{t('agenda.empty')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t('agenda.dnd.instructions') },
          }}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="agenda-list" aria-label={t('agenda.listLabel')}>
              {agenda.map((sequence, index) => (
                <SequenceItem
                  key={sequence.id}
                  sequence={sequence}
                  planned={day.sequences[index]!}
                  index={index}
                  count={agenda.length}
                  isOpen={openId === sequence.id}
                  isCurrent={currentId === sequence.id}
                  focusTitle={addedId === sequence.id}
                  readOnly={readOnly}
                  onToggle={() => {
                    setAddedId(null);
                    setOpenId(openId === sequence.id ? null : sequence.id);
                  }}
                  onMove={(toIndex, button) => moveByButton(sequence.id, toIndex, button)}
                  onRemove={() => remove(sequence.id)}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </div>
  );
}
