/**
 * The notes of a board by lane: « À classer », then each column or cluster. Notes move by drag
 * and drop (dnd-kit, pointer and keyboard, announced to screen readers) and by the keys of
 * NoteCard; every move is one `note.move` operation, so Ctrl+Z puts it back.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCorners,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { noteColors } from '../../../../shared/boards/noteColors';
import type { Board, Note } from '../../../../shared/model/boards';
import { newId } from '../../../../shared/model/ids';
import { useT } from '../../../i18n/I18nProvider';
import { useDispatch, useSessionController, useSessionState } from '../../../store/SessionProvider';
import { Button } from '../../../ui/Button';
import { useToast } from '../../../ui/Toasts';
import { BoardActionsContext, type BoardActions, type Direction } from './boardActions';
import { Lane } from './Lane';

/** A note to bring into view (and to focus), once per request. */
export type Reveal = { id: string; focus: boolean; seq: number };

export type LaneData = {
  /** dnd-kit id of the lane: `lane:` and the column id, or `lane:` alone for unsorted notes. */
  key: string;
  columnId: string | null;
  title: string;
  color: string;
  notes: Note[];
};

const laneKey = (columnId: string | null) => `lane:${columnId ?? ''}`;

export function BoardLanes({
  board,
  notes,
  voter,
  revealId = null,
}: {
  board: Board;
  /** The notes shown (search and group filter applied), in board order. */
  notes: Note[];
  voter: string | null;
  /** A note just typed: scrolled into view in its lane, without taking the focus. */
  revealId?: string | null;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const readOnly = useSessionState((s) => s.readOnly);
  const [editing, setEditing] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const seq = useRef(0);
  /** Brings a note into view in its lane (virtualised: it may not be in the page yet), maybe focused. */
  const show = useRef((id: string | null, focus: boolean) => {
    if (id !== null) setReveal({ id, focus, seq: ++seq.current });
  }).current;

  const lanes = useMemo<LaneData[]>(() => {
    const byColumn = new Map<string | null, Note[]>([[null, []]]);
    for (const column of board.columns) byColumn.set(column.id, []);
    for (const note of notes) (byColumn.get(note.columnId) ?? byColumn.get(null)!).push(note);
    return [
      { columnId: null, title: t('lanes.unsorted'), color: '' },
      ...board.columns.map((c) => ({ columnId: c.id, title: c.title, color: c.color })),
    ].map((lane) => ({
      ...lane,
      key: laneKey(lane.columnId),
      notes: byColumn.get(lane.columnId)!,
    }));
  }, [board.columns, notes, t]);

  // Handlers read the latest state through refs, so that their identity never changes.
  const latest = useRef({ lanes, voter, activeId });
  useLayoutEffect(() => {
    latest.current = { lanes, voter, activeId };
  });

  const laneOf = (noteId: string) =>
    latest.current.lanes.findIndex((lane) => lane.notes.some((n) => n.id === noteId));

  const actions = useMemo<BoardActions>(() => {
    const move = (noteId: string, laneIndex: number, beforeId: string | null) => {
      const lane = latest.current.lanes[laneIndex];
      if (!lane) return;
      show(noteId, true);
      dispatch({ type: 'note.move', ids: [noteId], columnId: lane.columnId, beforeId });
    };
    return {
      startEdit: (noteId) => setEditing(noteId),
      stopEdit: (noteId) => {
        setEditing(null);
        show(noteId, true);
      },
      editText: (noteId, text) => dispatch({ type: 'note.update', id: noteId, fields: { text } }),
      remove: (noteId) => {
        const lane = latest.current.lanes[laneOf(noteId)];
        const index = lane?.notes.findIndex((n) => n.id === noteId) ?? -1;
        const neighbour = lane?.notes[index + 1] ?? lane?.notes[index - 1];
        show(neighbour?.id ?? null, true);
        dispatch({ type: 'note.remove', ids: [noteId] });
        toast(t('note.deleted'), { label: t('common.undo'), run: controller.undo });
      },
      vote: (noteId, delta) =>
        dispatch({ type: 'note.vote', id: noteId, delta, voter: latest.current.voter }),
      moveToLane: (noteId, laneIndex) => {
        const from = laneOf(noteId);
        if (laneIndex === from || !latest.current.lanes[laneIndex]) return;
        // Sorting a pile: the focus stays in it, on the next note, ready for the next digit.
        const pile = latest.current.lanes[from]?.notes ?? [];
        const index = pile.findIndex((n) => n.id === noteId);
        move(noteId, laneIndex, null);
        show((pile[index + 1] ?? pile[index - 1] ?? { id: noteId }).id, true);
      },
      moveBy: (noteId, direction) => {
        const from = laneOf(noteId);
        const lane = latest.current.lanes[from];
        if (!lane) return;
        if (direction === 'left' || direction === 'right') {
          const to = from + (direction === 'left' ? -1 : 1);
          if (to >= 0 && to < latest.current.lanes.length) move(noteId, to, null);
          return;
        }
        const index = lane.notes.findIndex((n) => n.id === noteId);
        if (direction === 'up' && index > 0) move(noteId, from, lane.notes[index - 1]!.id);
        if (direction === 'down' && index < lane.notes.length - 1)
          move(noteId, from, lane.notes[index + 2]?.id ?? null);
      },
      focusNeighbour: (noteId, direction: Direction) => {
        const from = laneOf(noteId);
        const lane = latest.current.lanes[from];
        if (!lane) return;
        const index = lane.notes.findIndex((n) => n.id === noteId);
        let target: Note | undefined;
        if (direction === 'up') target = lane.notes[index - 1];
        else if (direction === 'down') target = lane.notes[index + 1];
        else {
          const step = direction === 'left' ? -1 : 1;
          for (let i = from + step; i >= 0 && i < latest.current.lanes.length; i += step) {
            const other = latest.current.lanes[i]!.notes;
            if (other.length > 0) {
              target = other[Math.min(index, other.length - 1)];
              break;
            }
          }
        }
        if (target) show(target.id, true);
      },
      isDragging: () => latest.current.activeId !== null,
    };
    // `dispatch`, `controller`, `toast`, `t` and `show` are stable for the life of the board.
  }, [dispatch, controller, toast, t, show]);

  useLayoutEffect(() => {
    if (revealId !== null) setReveal({ id: revealId, focus: false, seq: ++seq.current });
  }, [revealId]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const noteText = (id: unknown) =>
    latest.current.lanes.flatMap((l) => l.notes).find((n) => n.id === id)?.text ?? '';
  const laneTitleOf = (overId: unknown): string => {
    const lanesNow = latest.current.lanes;
    const lane =
      lanesNow.find((l) => l.key === overId) ??
      lanesNow.find((l) => l.notes.some((n) => n.id === overId));
    return lane?.title ?? '';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.start', { text: noteText(active.id) }),
    onDragOver: ({ over }) =>
      over ? t('dnd.over', { target: noteText(over.id) || laneTitleOf(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('dnd.end', { text: noteText(active.id), lane: laneTitleOf(over.id) })
        : t('dnd.cancel'),
    onDragCancel: () => t('dnd.cancel'),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveId(null);
    if (!over || over.id === active.id) return;
    const lanesNow = latest.current.lanes;
    const toLane = lanesNow.findIndex(
      (l) => l.key === over.id || l.notes.some((n) => n.id === over.id),
    );
    const lane = lanesNow[toLane];
    if (!lane) return;
    let beforeId: string | null = null;
    if (over.id !== lane.key) {
      const overIndex = lane.notes.findIndex((n) => n.id === over.id);
      const activeIndex = lane.notes.findIndex((n) => n.id === active.id);
      // Within a lane, dropping on a note below takes its place (it moves up one).
      beforeId =
        activeIndex !== -1 && activeIndex < overIndex
          ? (lane.notes[overIndex + 1]?.id ?? null)
          : lane.notes[overIndex]!.id;
    }
    show(String(active.id), true);
    dispatch({ type: 'note.move', ids: [String(active.id)], columnId: lane.columnId, beforeId });
  };

  const activeNote = activeId
    ? lanes.flatMap((l) => l.notes).find((n) => n.id === activeId)
    : undefined;
  const canVote = board.voting !== null;
  const addCluster = () => {
    const number = board.columns.length + 1;
    const id = newId();
    setRenaming(id);
    dispatch({
      type: 'column.add',
      boardId: board.id,
      column: {
        id,
        title:
          board.mode === 'clusters' ? t('boards.newCluster', { number }) : t('lanes.addColumn'),
        color: noteColors[board.columns.length % noteColors.length]!,
      },
    });
  };

  return (
    <BoardActionsContext.Provider value={actions}>
      <div className="lanes__bar">
        <p className="lanes__help muted">{t('lanes.keyboardHelp')}</p>
        {!readOnly && (
          <Button onClick={addCluster}>
            {board.mode === 'clusters' ? t('lanes.addCluster') : t('lanes.addColumn')}
          </Button>
        )}
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        // Scroll only near the very edge: lanes side by side must not slide under the pointer.
        autoScroll={{ threshold: { x: 0.04, y: 0.12 } }}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: t('dnd.instructions') },
        }}
        onDragStart={({ active }: DragStartEvent) => setActiveId(String(active.id))}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveId(null)}
      >
        <div className="lanes" role="group" aria-label={t('lanes.label')}>
          {lanes.map((lane, index) => (
            <Lane
              key={lane.key}
              board={board}
              lane={lane}
              index={index}
              laneCount={lanes.length}
              editing={editing}
              canVote={canVote}
              readOnly={readOnly}
              reveal={reveal && lane.notes.some((n) => n.id === reveal.id) ? reveal : null}
              renaming={lane.columnId !== null && renaming === lane.columnId}
              onRenamingChange={setRenaming}
            />
          ))}
        </div>
        <DragOverlay>
          {activeNote && (
            <div className={`note note--overlay note-color--${activeNote.color || 'jaune'}`}>
              <p className="note__text">{activeNote.text}</p>
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </BoardActionsContext.Provider>
  );
}
