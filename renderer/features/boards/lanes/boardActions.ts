/** What a note card can do, given once per board with a stable identity (cards are memoised). */
import { createContext, useContext } from 'react';

export type Direction = 'up' | 'down' | 'left' | 'right';

export type BoardActions = {
  startEdit: (noteId: string) => void;
  stopEdit: (noteId: string) => void;
  editText: (noteId: string, text: string) => void;
  remove: (noteId: string) => void;
  vote: (noteId: string, delta: 1 | -1) => void;
  /** Into the lane with this number (0: unsorted), at its end. */
  moveToLane: (noteId: string, lane: number) => void;
  /** Left/right: to the end of the neighbouring lane; up/down: one place within the lane. */
  moveBy: (noteId: string, direction: Direction) => void;
  focusNeighbour: (noteId: string, direction: Direction) => void;
  isDragging: () => boolean;
};

export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error('useBoardActions outside BoardLanes');
  return actions;
}
