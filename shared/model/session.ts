/**
 * The session document, as stored in `session.json`. Every object is "loose": fields this
 * version does not know survive a load/save round trip. Fields added within a schema version
 * must have defaults, so that files written before them still parse.
 */
import { z } from 'zod';
import { actionSchema } from './actions';
import { sequenceSchema } from './agenda';
import { boardSchema, noteSchema } from './boards';
import { groupingSchema } from './groupings';
import { idSchema } from './ids';
import { mediaSchema } from './media';
import { CURRENT_SCHEMA_VERSION } from './migrations/version';
import { defaultRoles, participantSchema } from './participants';
import { runStateSchema } from './run';
import { clockTimeSchema, instantSchema, isoDateSchema } from './time';

export const sessionOptionsSchema = z.looseObject({
  /** The colleges participants belong to, in the order they are shown. */
  roles: z.array(z.string().min(1).max(100)).max(30).default(defaultRoles),
});

export const sessionSchema = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  title: z.string().max(300),
  date: isoDateSchema.nullable().default(null),
  startTime: clockTimeSchema.nullable().default(null),
  endTime: clockTimeSchema.nullable().default(null),
  place: z.string().max(500).default(''),
  facilitators: z.array(z.string().max(200)).max(50).default([]),
  organiser: z.string().max(300).default(''),
  description: z.string().max(20000).default(''),
  /** The template it was created from, if any. */
  templateId: z.string().max(100).nullable().default(null),
  createdAt: instantSchema,
  modifiedAt: instantSchema,
  options: sessionOptionsSchema.default({ roles: defaultRoles }),
  agenda: z.array(sequenceSchema).default([]),
  participants: z.array(participantSchema).default([]),
  groupings: z.array(groupingSchema).default([]),
  boards: z.array(boardSchema).default([]),
  notes: z.array(noteSchema).default([]),
  actions: z.array(actionSchema).default([]),
  media: z.array(mediaSchema).default([]),
  run: runStateSchema.default({ currentSequenceId: null, timer: null }),
});
export type Session = z.infer<typeof sessionSchema>;

/** The header fields the facilitator edits on the session page. */
export const sessionHeaderSchema = sessionSchema.pick({
  title: true,
  date: true,
  startTime: true,
  endTime: true,
  place: true,
  facilitators: true,
  organiser: true,
  description: true,
});
export type SessionHeader = z.infer<typeof sessionHeaderSchema>;

/** The collections of entities with an `id`, in the order the document stores them. */
export const entityCollections = [
  'agenda',
  'participants',
  'groupings',
  'boards',
  'notes',
  'actions',
  'media',
] as const satisfies readonly (keyof Session)[];
export type EntityCollection = (typeof entityCollections)[number];

export function createSession(init: {
  id: string;
  now: string;
  header?: Partial<SessionHeader>;
}): Session {
  return sessionSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: init.id,
    title: '',
    createdAt: init.now,
    modifiedAt: init.now,
    ...init.header,
  });
}
