/**
 * Who came to which session of a cycle. People are the same person across sessions when they
 * share a participant id (the next session keeps the ids), else the same e-mail address
 * (someone registered again); anyone else is a new row.
 */
import type { Attendance, Participant } from '../model/participants';
import type { Session } from '../model/session';

/** `none`: not on that session's list. */
export type MatrixCell = Attendance | 'none';

export type MatrixRow = {
  name: string;
  organisation: string;
  cells: MatrixCell[];
  /** Sessions this person was present at. */
  present: number;
};

export type AttendanceMatrix = {
  rows: MatrixRow[];
  /** Per session: how many were present. */
  presentBySession: number[];
};

const fullName = (p: Participant) => [p.firstName, p.lastName].filter(Boolean).join(' ');
const emailKey = (p: Participant) => p.email.trim().toLocaleLowerCase('fr');

export function attendanceMatrix(
  sessions: readonly Pick<Session, 'participants'>[],
): AttendanceMatrix {
  type Person = { name: string; organisation: string; cells: MatrixCell[] };
  const people: Person[] = [];
  const byId = new Map<string, Person>();
  const byEmail = new Map<string, Person>();
  sessions.forEach((session, column) => {
    for (const participant of session.participants) {
      const email = emailKey(participant);
      let person = byId.get(participant.id) ?? (email ? byEmail.get(email) : undefined);
      // The same person twice on one list stays two rows: each cell is one registration.
      if (person && person.cells[column] !== 'none') person = undefined;
      if (!person) {
        person = {
          name: fullName(participant),
          organisation: participant.organisation,
          cells: sessions.map(() => 'none' as MatrixCell),
        };
        people.push(person);
      }
      person.cells[column] = participant.attendance;
      if (!byId.has(participant.id)) byId.set(participant.id, person);
      if (email && !byEmail.has(email)) byEmail.set(email, person);
      if (!person.organisation) person.organisation = participant.organisation;
    }
  });
  const rows = people
    .map((p) => ({ ...p, present: p.cells.filter((c) => c === 'present').length }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const presentBySession = sessions.map(
    (_, column) => rows.filter((r) => r.cells[column] === 'present').length,
  );
  return { rows, presentBySession };
}
