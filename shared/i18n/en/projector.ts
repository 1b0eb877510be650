import type { projector as fr } from '../fr/projector';
import type { Catalog } from '../types';

export const projector = {
  'projector.videoCallTitle': 'Atelier — video call window',
  'projector.label': 'Display for the room',
  'projector.waiting': 'The session is about to start.',
  'projector.notOpen': 'Open the session in the facilitator’s window: this display will follow it.',
  'projector.view.timer': 'the timer',
  'projector.view.grouping': 'the groups',
  'projector.view.keywords': 'the keywords',
  'projector.view.votes': 'the votes',
  'projector.firstUp': 'First: {title}, at {time}',
  'projector.remaining': 'Time left',
  'projector.pauseUntil': 'Break — back at {time}',
  'projector.round': 'Round {round} of {count}',
  'projector.changeTables': 'Change tables',
  'projector.nextRound': 'Next: round {round} of {count}',
  'projector.paused': 'Timer paused',
  'projector.timeUp': 'Time is up',
  'projector.thanks': 'Thank you for taking part!',
  'projector.strip': '{title} · {time}',
} satisfies Catalog<typeof fr>;
