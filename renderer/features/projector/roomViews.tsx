/**
 * What the room sees, by kind of `session.run.roomView` (shared/model/run.ts). A feature adds
 * its kind there and its view here; the projector page shows the one the facilitator chose.
 * Views read the session with `useSession` and must stay readable from the back of a room
 * (type sized in vh, in both themes: see projector.css). The page's frame adds the time left
 * along the bottom while a view other than the timer is shown.
 */
import type { ComponentType } from 'react';
import type { RoomView, RoomViewKind } from '../../../shared/model/run';
import { KeywordsRoomView, VotesRoomView } from '../boards/room/BoardRoomViews';
import { ActionReviewRoomView } from '../cycles/ActionReviewRoomView';
import { TimerRoomView } from './TimerRoomView';
import { GroupingRoomView } from '../groups/GroupingRoomView';

export type RoomViewProps<K extends RoomViewKind> = { view: Extract<RoomView, { kind: K }> };

export const roomViews: { [K in RoomViewKind]: ComponentType<RoomViewProps<K>> } = {
  timer: TimerRoomView,
  grouping: GroupingRoomView,
  keywords: KeywordsRoomView,
  votes: VotesRoomView,
  actionReview: ActionReviewRoomView,
};
