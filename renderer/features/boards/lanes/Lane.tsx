/** One column (or cluster) of a board: its name, edited in place, and its notes, sortable. */
import { memo, useLayoutEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Board } from '../../../../shared/model/boards';
import { useT } from '../../../i18n/I18nProvider';
import { useDispatch } from '../../../store/SessionProvider';
import type { LaneData, Reveal } from './BoardLanes';
import { NoteCard } from './NoteCard';
import { symbols } from '../../../ui/symbols';

const ESTIMATED_NOTE_PX = 84;
const GAP_PX = 8;

/** Scrolls the lane, not the page (the capture field stays where it is), to show a note. */
function scrollIntoLane(list: HTMLElement, note: HTMLElement): void {
  const bottom = note.offsetTop + note.offsetHeight;
  if (bottom > list.scrollTop + list.clientHeight)
    list.scrollTop = bottom - list.clientHeight + GAP_PX;
  else if (note.offsetTop < list.scrollTop) list.scrollTop = note.offsetTop - GAP_PX;
}

export const Lane = memo(function Lane({
  board,
  lane,
  index,
  laneCount,
  editing,
  canVote,
  readOnly,
  renaming,
  onRenamingChange,
  reveal,
}: {
  board: Board;
  lane: LaneData;
  index: number;
  laneCount: number;
  editing: string | null;
  canVote: boolean;
  readOnly: boolean;
  /** The title is being typed (a new cluster starts so). */
  renaming: boolean;
  onRenamingChange: (columnId: string | null) => void;
  /** A note of this lane to scroll to, and maybe focus. */
  reveal: Reveal | null;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const { setNodeRef, isOver } = useDroppable({ id: lane.key });
  const list = useRef<HTMLOListElement | null>(null);
  // Only the notes in view (and a few around) are in the page: a lane of 400 notes costs 20.
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here: the virtualizer re-renders the lane through its own state.
  const virtualizer = useVirtualizer({
    count: lane.notes.length,
    getScrollElement: () => list.current,
    getItemKey: (index) => lane.notes[index]!.id,
    estimateSize: () => ESTIMATED_NOTE_PX,
    gap: GAP_PX,
    paddingStart: GAP_PX,
    paddingEnd: GAP_PX,
    overscan: 6,
    initialRect: { width: 200, height: 640 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - GAP_PX : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items.at(-1)!.end - 2 * GAP_PX : 0;

  useLayoutEffect(() => {
    if (!reveal) return;
    const index = lane.notes.findIndex((n) => n.id === reveal.id);
    if (index === -1) return;
    const find = () =>
      list.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(reveal.id)}"]`);
    const present = find();
    if (present) {
      scrollIntoLane(list.current!, present);
      if (reveal.focus) present.focus({ preventScroll: true });
      return;
    }
    virtualizer.scrollToIndex(index, { align: 'center' });
    let frames = 0;
    const wait = () => {
      const element = find();
      if (element) {
        if (reveal.focus) element.focus({ preventScroll: true });
      } else if (++frames < 30) requestAnimationFrame(wait);
    };
    requestAnimationFrame(wait);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per request (each has its own `seq`), not on every change of the lane.
  }, [reveal]);
  const columnId = lane.columnId;
  const titleId = `lane-title-${board.id}-${columnId ?? 'unsorted'}`;
  return (
    <section
      className={`lane${isOver ? ' lane--over' : ''}${lane.color ? ` lane--${lane.color}` : ''}`}
      aria-labelledby={titleId}
    >
      <header className="lane__header">
        {index <= 9 && (
          <kbd className="lane__key" title={t('lanes.number', { number: index })}>
            {index}
          </kbd>
        )}
        <LaneTitle
          id={titleId}
          title={lane.title}
          canRename={columnId !== null && !readOnly}
          isRenaming={renaming}
          onRename={(title) =>
            columnId && dispatch({ type: 'column.rename', boardId: board.id, columnId, title })
          }
          onRenamingChange={(value) => columnId && onRenamingChange(value ? columnId : null)}
        />
        <span className="lane__count">{t('lanes.count', { count: lane.notes.length })}</span>
        {columnId !== null && !readOnly && (
          <span className="lane__tools">
            <button
              type="button"
              className="note__button"
              aria-label={t('lanes.moveLeft', { title: lane.title })}
              disabled={index <= 1}
              onClick={() =>
                dispatch({ type: 'column.move', boardId: board.id, columnId, toIndex: index - 2 })
              }
            >
              {symbols.left}
            </button>
            <button
              type="button"
              className="note__button"
              aria-label={t('lanes.moveRight', { title: lane.title })}
              disabled={index >= laneCount - 1}
              onClick={() =>
                dispatch({ type: 'column.move', boardId: board.id, columnId, toIndex: index })
              }
            >
              {symbols.right}
            </button>
            <button
              type="button"
              className="note__button note__delete"
              aria-label={t('lanes.remove', { title: lane.title })}
              onClick={() => dispatch({ type: 'column.remove', boardId: board.id, columnId })}
            >
              {symbols.remove}
            </button>
          </span>
        )}
      </header>
      <SortableContext items={lane.notes.map((n) => n.id)} strategy={verticalListSortingStrategy}>
        <ol
          ref={(element) => {
            list.current = element;
            setNodeRef(element);
          }}
          className="lane__notes"
        >
          {before > 0 && (
            <li aria-hidden="true" className="lane__spacer" style={{ height: before }} />
          )}
          {items.map((item) => (
            <NoteCard
              key={item.key}
              note={lane.notes[item.index]!}
              index={item.index}
              measure={virtualizer.measureElement}
              isEditing={editing === lane.notes[item.index]!.id}
              canVote={canVote}
              readOnly={readOnly}
            />
          ))}
          {after > 0 && (
            <li aria-hidden="true" className="lane__spacer" style={{ height: after }} />
          )}
          {lane.notes.length === 0 && <li className="lane__empty">{t('lanes.emptyHint')}</li>}
        </ol>
      </SortableContext>
    </section>
  );
});

function LaneTitle({
  id,
  title,
  canRename,
  isRenaming,
  onRename,
  onRenamingChange,
}: {
  id: string;
  title: string;
  canRename: boolean;
  isRenaming: boolean;
  onRename: (title: string) => void;
  onRenamingChange: (isRenaming: boolean) => void;
}) {
  const t = useT();
  // The lane is named by its title alone, whatever its heading holds.
  const name = (
    <span id={id} className="visually-hidden">
      {title}
    </span>
  );
  if (isRenaming)
    return (
      <>
        {name}
        <input
          className="lane__title-input"
          aria-label={t('lanes.rename')}
          value={title}
          autoFocus
          maxLength={300}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => onRename(e.target.value)}
          onBlur={() => onRenamingChange(false)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'Escape') {
              e.preventDefault();
              onRenamingChange(false);
            }
          }}
        />
      </>
    );
  return (
    <h4 className="lane__title">
      {name}
      {canRename ? (
        <button
          type="button"
          className="lane__title-button"
          aria-label={t('lanes.renameTitle', { title })}
          onClick={() => onRenamingChange(true)}
        >
          <span aria-hidden="true">{title}</span>
        </button>
      ) : (
        <span aria-hidden="true">{title}</span>
      )}
    </h4>
  );
}
