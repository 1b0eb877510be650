import type { attendance as fr } from '../fr/attendance';
import type { Catalog } from '../types';

export const attendance = {
  'attendance.present': 'Present',
  'attendance.absent': 'Absent',
  'attendance.excused': 'Excused',
  'attendance.unknown': 'Not checked in',

  'checkIn.countsLabel': 'Attendance',
  'checkIn.presentOf': {
    zero: 'present of {total}',
    one: 'present of {total}',
    other: 'present of {total}',
  },
  'checkIn.unknownCount': { one: '{count} not checked in', other: '{count} not checked in' },
  'checkIn.absentCount': { zero: '0 absent', one: '{count} absent', other: '{count} absent' },
  'checkIn.excusedCount': { zero: '0 excused', one: '{count} excused', other: '{count} excused' },
  'checkIn.walkInCount': {
    zero: 'nobody registered on the spot',
    one: '{count} registered on the spot',
    other: '{count} registered on the spot',
  },
  'checkIn.byRole': 'Present by college',
  'checkIn.roleCount': '{present}/{total}',
  'checkIn.searchLabel': 'Who is arriving?',
  'checkIn.searchPlaceholder': 'First letters of the last or first name',
  'checkIn.keys':
    'Enter: check in the person found. ↓ ↑: choose in the list, then P or Enter present, A absent, E excused, N not checked in. Escape: back to the search. Ctrl+Z undoes.',
  'checkIn.onlyToCheck': 'Only people not checked in',
  'checkIn.addWalkIn': 'Add someone who did not register',
  'checkIn.empty':
    'The list is empty. Import the registrations from “Participants”, or add people as they arrive.',
  'checkIn.noMatch': 'Nobody matches “{query}” in the list.',
  'checkIn.addAsWalkIn': 'Add “{query}” on the spot',
  'checkIn.listLabel': { one: '{count} person', other: '{count} people' },
  'checkIn.rowLabel': '{name}, {details}: {status}',
  'checkIn.markFor': 'Check in {name}',
  'checkIn.marked': '{name} — {status}',
  'checkIn.walkInAdded': '{name} — Present (registered on the spot)',
  'checkIn.lastMarked': 'Last check-in: {what}.',
  'checkIn.more': {
    one: '… and {count} more person: refine the search.',
    other: '… and {count} more people: refine the search.',
  },
} satisfies Catalog<typeof fr>;
