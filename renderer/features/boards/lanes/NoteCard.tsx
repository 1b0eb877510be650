/**
 * A sticky note: its text (edited in place), its group, its dots. Keyboard first: arrows go
 * from note to note, digits send it to a column, Alt+arrows move it, Space drags it.
 * Memoised: a board of 2,000 notes re-renders only the cards that changed.
 */
import {
  memo,
  type CSSProperties,
  type KeyboardEvent,
  type KeyboardEventHandler,
  type PointerEventHandler,
} from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Note } from '../../../../shared/model/boards';
import { useT } from '../../../i18n/I18nProvider';
import { useBoardActions, type Direction } from './boardActions';
import { symbols } from '../../../ui/symbols';

const arrows: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export const NoteCard = memo(function NoteCard({
  note,
  index,
  measure,
  isEditing,
  canVote,
  readOnly,
}: {
  note: Note;
  /** Its place in the lane, for the virtual list that measures it. */
  index: number;
  measure: (element: HTMLElement | null) => void;
  isEditing: boolean;
  canVote: boolean;
  readOnly: boolean;
}) {
  const t = useT();
  const actions = useBoardActions();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: note.id,
    disabled: isEditing || readOnly,
  });
  // dnd-kit types its listeners as plain functions; they are React event handlers.
  const onPointerDown = listeners?.onPointerDown as PointerEventHandler | undefined;
  const startKeyboardDrag = listeners?.onKeyDown as KeyboardEventHandler | undefined;
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || actions.isDragging()) return;
    if (event.code === 'Space') {
      startKeyboardDrag?.(event);
      return;
    }
    const direction = arrows[event.key];
    if (direction) {
      event.preventDefault();
      if (event.altKey && !readOnly) actions.moveBy(note.id, direction);
      else actions.focusNeighbour(note.id, direction);
      return;
    }
    if (readOnly || event.ctrlKey || event.metaKey || event.altKey) return;
    if (/^[0-9]$/.test(event.key)) {
      event.preventDefault();
      actions.moveToLane(note.id, Number(event.key));
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      actions.startEdit(note.id);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      actions.remove(note.id);
    } else if (canVote && (event.key === '+' || event.key === '=')) {
      event.preventDefault();
      actions.vote(note.id, 1);
    } else if (canVote && event.key === '-') {
      event.preventDefault();
      actions.vote(note.id, -1);
    }
  };

  const mergedGroups = [...new Set(note.merged.map((m) => m.group).filter((g) => g !== null))];
  return (
    <li
      ref={(element) => {
        setNodeRef(element);
        measure(element);
      }}
      data-index={index}
      style={style}
      className={`note note-color--${note.color || 'jaune'}${isDragging ? ' note--dragging' : ''}`}
      data-note-id={note.id}
      tabIndex={0}
      aria-label={t('note.label', { text: note.text })}
      aria-roledescription={t('dnd.roleDescription')}
      aria-describedby={attributes['aria-describedby']}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    >
      {isEditing ? (
        <textarea
          className="note__editor"
          aria-label={t('note.edit')}
          value={note.text}
          autoFocus
          maxLength={10_000}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => actions.editText(note.id, e.target.value)}
          onBlur={() => actions.stopEdit(note.id)}
          onKeyDown={(e) => {
            if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
              e.preventDefault();
              actions.stopEdit(note.id);
            }
          }}
        />
      ) : (
        <p className="note__text" onDoubleClick={() => !readOnly && actions.startEdit(note.id)}>
          {note.text}
        </p>
      )}
      <div className="note__meta">
        {note.group && <span className="note__group">{note.group}</span>}
        {note.merged.length > 0 && (
          <span
            className="note__merged"
            title={
              mergedGroups.length > 0
                ? t('note.mergedFrom', { groups: mergedGroups.join(', ') })
                : undefined
            }
          >
            {t('note.merged', { count: note.merged.length })}
          </span>
        )}
        <span className="note__spacer" />
        <span className="note__vote">
          {canVote && !readOnly && (
            <button
              type="button"
              className="note__button"
              tabIndex={-1}
              aria-label={t('note.voteDown', { text: note.text })}
              disabled={note.votes === 0}
              onClick={() => actions.vote(note.id, -1)}
            >
              {symbols.minus}
            </button>
          )}
          {(canVote || note.votes > 0) && (
            <span
              className={`note__votes${note.votes === 0 ? ' note__votes--zero' : ''}`}
              aria-label={t('note.votes', { count: note.votes })}
            >
              {note.votes}
            </span>
          )}
          {canVote && !readOnly && (
            <button
              type="button"
              className="note__button"
              tabIndex={-1}
              aria-label={t('note.voteUp', { text: note.text })}
              onClick={() => actions.vote(note.id, 1)}
            >
              {symbols.plus}
            </button>
          )}
        </span>
        {!readOnly && (
          <button
            type="button"
            className="note__button note__delete"
            tabIndex={-1}
            aria-label={t('note.delete', { text: note.text })}
            onClick={() => actions.remove(note.id)}
          >
            {symbols.remove}
          </button>
        )}
      </div>
    </li>
  );
});
