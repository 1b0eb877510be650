/**
 * Operations on the people of a session and on its roles (colleges).
 *
 * - An import is one operation (`participants.import`): one Ctrl+Z takes it all back. Its merges
 *   only fill fields that are empty when it is applied and add missing tags, so nothing typed
 *   since the preview is overwritten, and applying it twice changes nothing.
 * - A walk-in is a `participant.add` with `isWalkIn: true` and `attendance: 'present'`.
 * - Renaming a role renames it for everyone who has it; removing it leaves them without one.
 *   Roles compare without case or accents: « etat » is « État ».
 */
import { z } from 'zod';
import { idSchema } from '../model/ids';
import { attendanceSchema, participantSchema, type Participant } from '../model/participants';
import type { Session } from '../model/session';
import { sessionOptionsSchema } from '../model/session';
import { applyMerge } from '../participants/planImport';
import { foldWords } from '../util/foldText';
import { defineOps, updateById } from './defineOps';

const shape = participantSchema.shape;

/** A participant as an operation carries it: every field given, no defaults (see `defineOps`). */
export const participantValueSchema = z.object({
  id: shape.id,
  lastName: shape.lastName,
  firstName: shape.firstName.unwrap(),
  organisation: shape.organisation.unwrap(),
  role: shape.role.unwrap(),
  territory: shape.territory.unwrap(),
  email: shape.email.unwrap(),
  tags: shape.tags.unwrap(),
  notes: shape.notes.unwrap(),
  attendance: shape.attendance.unwrap(),
  isWalkIn: shape.isWalkIn.unwrap(),
  createdAt: shape.createdAt,
});

/** What the facilitator edits on a person; attendance has its own operation. */
export const participantPatchSchema = participantValueSchema
  .pick({
    lastName: true,
    firstName: true,
    organisation: true,
    role: true,
    territory: true,
    email: true,
    tags: true,
    notes: true,
    isWalkIn: true,
  })
  .partial();
export type ParticipantEdit = z.infer<typeof participantPatchSchema>;

/** The fields an import's merge may fill (see `planImport`). */
const mergePatchSchema = participantPatchSchema.omit({ isWalkIn: true });

const roleName = sessionOptionsSchema.shape.roles.unwrap().element;
const maxRoles = 30;

export const participantOps = defineOps({
  'participant.add': {
    input: z.object({ participant: participantValueSchema }),
    apply: (session, op) =>
      session.participants.some((p) => p.id === op.participant.id)
        ? session
        : { ...session, participants: [...session.participants, op.participant] },
  },

  'participant.update': {
    input: z.object({ id: idSchema, fields: participantPatchSchema }),
    apply: (session, op) => updateParticipant(session, op.id, op.fields),
    // Typing a name letter by letter is one undo step, field by field.
    coalesceKey: (op) => `${op.id}:${Object.keys(op.fields).sort().join(',')}`,
  },

  'participant.remove': {
    input: z.object({ id: idSchema }),
    apply: (session, op) => {
      const participants = session.participants.filter((p) => p.id !== op.id);
      return participants.length === session.participants.length
        ? session
        : { ...session, participants };
    },
  },

  'participant.setAttendance': {
    input: z.object({ id: idSchema, attendance: attendanceSchema }),
    apply: (session, op) => updateParticipant(session, op.id, { attendance: op.attendance }),
  },

  'participants.import': {
    input: z.object({
      /** New people, in file order. Ids already in the session are left alone. */
      add: z.array(participantValueSchema).max(20_000),
      /** Details of duplicates for people already in the session: empty fields only. */
      merge: z.array(z.object({ id: idSchema, fields: mergePatchSchema })).max(20_000),
    }),
    apply: (session, op) => {
      const merges = new Map(op.merge.map((m) => [m.id, m.fields]));
      let merged = false;
      const existing = session.participants.map((p) => {
        const fields = merges.get(p.id);
        const next = fields === undefined ? p : applyMerge(p, fields);
        if (next !== p) merged = true;
        return next;
      });
      const known = new Set(session.participants.map((p) => p.id));
      const added: Participant[] = [];
      for (const participant of op.add) {
        if (known.has(participant.id)) continue;
        known.add(participant.id);
        added.push(participant);
      }
      if (!merged && added.length === 0) return session;
      return { ...session, participants: [...existing, ...added] };
    },
  },

  'role.add': {
    input: z.object({ role: roleName }),
    apply: (session, op) => {
      const role = op.role.trim();
      const roles = session.options.roles;
      if (role === '' || roles.length >= maxRoles || indexOfRole(roles, role) >= 0) return session;
      return withRoles(session, [...roles, role]);
    },
  },

  'role.rename': {
    input: z.object({ from: roleName, to: roleName }),
    apply: (session, op) => {
      const roles = session.options.roles;
      const to = op.to.trim();
      const at = roles.indexOf(op.from);
      if (at < 0 || to === '' || to === op.from) return session;
      const other = indexOfRole(roles, to);
      // Renamed to another role of the list: the two become one, where that one stands.
      const target = other >= 0 && other !== at ? roles[other]! : to;
      const nextRoles =
        other >= 0 && other !== at
          ? roles.filter((_, i) => i !== at)
          : roles.map((r, i) => (i === at ? to : r));
      const participants = session.participants.map((p) =>
        p.role === op.from ? { ...p, role: target } : p,
      );
      return { ...withRoles(session, nextRoles), participants };
    },
  },

  'role.remove': {
    input: z.object({ role: roleName }),
    apply: (session, op) => {
      const roles = session.options.roles;
      if (!roles.includes(op.role)) return session;
      const participants = session.participants.map((p) =>
        p.role === op.role ? { ...p, role: '' } : p,
      );
      return {
        ...withRoles(
          session,
          roles.filter((r) => r !== op.role),
        ),
        participants,
      };
    },
  },

  'role.move': {
    input: z.object({ role: roleName, toIndex: z.number().int().min(0).max(maxRoles) }),
    apply: (session, op) => {
      const roles = session.options.roles;
      const from = roles.indexOf(op.role);
      const to = Math.min(op.toIndex, roles.length - 1);
      if (from < 0 || from === to) return session;
      const next = roles.filter((r) => r !== op.role);
      next.splice(to, 0, op.role);
      return withRoles(session, next);
    },
  },
});

function updateParticipant(session: Session, id: string, fields: Partial<Participant>): Session {
  const current = session.participants.find((p) => p.id === id);
  if (current === undefined) return session;
  const changes = Object.entries(fields).filter(
    ([key, value]) => JSON.stringify(current[key as keyof Participant]) !== JSON.stringify(value),
  );
  if (changes.length === 0) return session;
  return {
    ...session,
    participants: updateById(session.participants, id, (p) => ({
      ...p,
      ...Object.fromEntries(changes),
    })),
  };
}

/** Where a role is in the list, case and accents ignored; -1 when absent. */
export function indexOfRole(roles: readonly string[], role: string): number {
  const folded = foldWords(role);
  return roles.findIndex((r) => foldWords(r) === folded);
}

function withRoles(session: Session, roles: string[]): Session {
  return { ...session, options: { ...session.options, roles } };
}
