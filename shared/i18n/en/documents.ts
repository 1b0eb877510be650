import type { documents as fr } from '../fr/documents';
import type { Catalog } from '../types';

export const documents = {
  'document.footer': 'Atelier',
  'document.timeSpan': '{start} – {end}',
  'document.place': 'Place: {place}',
  'document.facilitators': 'Facilitation: {names}',
  'document.organiser': 'Organiser: {name}',
  'agendaDoc.title': 'Agenda',
  'agendaDoc.columnTime': 'Time',
  'agendaDoc.columnSequence': 'Sequence',
  'agendaDoc.columnDuration': 'Duration',
  'agendaDoc.duration': '{minutes} min',
  'agendaDoc.ends': 'Planned end at {time}',
  'agendaDoc.empty': 'The agenda is empty.',
  'signatureDoc.title': 'Attendance sheet',
  'signatureDoc.columnNumber': 'No.',
  'signatureDoc.columnLastName': 'Last name',
  'signatureDoc.columnFirstName': 'First name',
  'signatureDoc.columnOrganisation': 'Organisation',
  'signatureDoc.columnRole': 'Group',
  'signatureDoc.columnSignature': 'Signature',
  'signatureDoc.count': { one: '{count} registered person', other: '{count} registered people' },
  'signatureDoc.walkIns': 'The last rows are left free for people who came without registering.',
  'fileName.agenda': 'Agenda - {title} - {date}',
  'fileName.signatureSheet': 'Attendance sheet - {title} - {date}',
  'fileName.noDate': 'no date',
} satisfies Catalog<typeof fr>;
