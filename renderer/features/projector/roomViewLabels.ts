import type { PlainMessageKey } from '../../../shared/i18n/t';
import type { RoomViewKind } from '../../../shared/model/run';

/** How the facilitator's window names what the room sees (« La salle voit : les groupes. »). */
export const roomViewLabels: { [K in RoomViewKind]: PlainMessageKey } = {
  timer: 'projector.view.timer',
  grouping: 'projector.view.grouping',
  keywords: 'projector.view.keywords',
  votes: 'projector.view.votes',
  actionReview: 'projector.view.actionReview',
};
