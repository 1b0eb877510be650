import type { exports as fr } from '../fr/exports';
import type { Catalog } from '../types';

export const exports = {
  'exports.export': 'Export (.docx)',
  'exports.working': 'Exporting…',
  'exports.savedAt': '“{fileName}” is saved here:',
  'exports.agenda': 'Agenda',
  'exports.agendaDescription': 'The session hour by hour, to hand out or display.',
  'exports.signatureSheet': 'Attendance sheet',
  'exports.signatureSheetDescription':
    'Registered people in alphabetical order, with a column to sign and free rows for people who did not register.',
} satisfies Catalog<typeof fr>;
