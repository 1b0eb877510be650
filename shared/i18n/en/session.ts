import type { session as fr } from '../fr/session';
import type { Catalog } from '../types';

export const session = {
  'session.headerLabel': 'Session header',
  'session.title': 'Title',
  'session.date': 'Date',
  'session.startTime': 'Start',
  'session.endTime': 'End',
  'session.place': 'Place',
  'session.facilitators': 'Facilitators',
  'session.facilitatorsHint': 'Names separated by commas',
  'session.organiser': 'Organiser',
  'session.description': 'Description',
  'session.sections': 'Parts of the session',
  'section.agenda': 'Agenda',
  'section.participants': 'Participants',
  'section.attendance': 'Check-in',
  'section.groups': 'Groups',
  'section.boards': 'Sticky notes',
  'section.minutes': 'Minutes',
  'session.readOnlyBanner': 'This session is open read-only: nothing in it will be changed.',
  'session.timeSpan': '{start} – {end}',
  'agenda.empty': 'The agenda is empty.',
  'agenda.duration': '{minutes} min',
} satisfies Catalog<typeof fr>;
