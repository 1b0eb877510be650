/** One column (or cluster) of a board: its name, edited in place, and its notes, sortable. */
import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Board } from '../../../../shared/model/boards';
import { useT } from '../../../i18n/I18nProvider';
import { useDispatch } from '../../../store/SessionProvider';
import type { LaneData } from './BoardLanes';
import { NoteCard } from './NoteCard';
import { symbols } from '../../../ui/symbols';

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
}) {
  const t = useT();
  const dispatch = useDispatch();
  const { setNodeRef, isOver } = useDroppable({ id: lane.key });
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
        <ol ref={setNodeRef} className="lane__notes">
          {lane.notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              isEditing={editing === note.id}
              canVote={canVote}
              readOnly={readOnly}
            />
          ))}
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
