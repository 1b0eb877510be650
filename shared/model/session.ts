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

export const projectorThemes = ['dark', 'light'] as const;
export type ProjectorTheme = (typeof projectorThemes)[number];

export const sessionOptionsSchema = z.looseObject({
  /** The colleges participants belong to, in the order they are shown. */
  roles: z.array(z.string().min(1).max(100)).max(30).default(defaultRoles),
  /** The timer warns this many minutes before the end of a sequence (or of a round). */
  timerWarningMin: z.number().min(0).max(60).default(2),
  /** No chime at the end of a sequence or of a round. */
  chimeMuted: z.boolean().default(false),
  /** Light for a bright room, dark for a dim one. */
  projectorTheme: z.enum(projectorThemes).default('dark'),
  /** A cycle's rule: one registration per organisation (a second person is flagged on import). */
  onePerOrganisation: z.boolean().default(false),
  /** The projector opens as a 1280 × 720 window to share in a video call, without controls. */
  projectorVideoCall: z.boolean().default(false),
});
export type SessionOptions = z.infer<typeof sessionOptionsSchema>;

/**
 * The header fields, without defaults: operations patch them, and a patch must not fill in
 * what it does not mention (the Node side applies the parsed operation, the window the raw one).
 */
const headerFields = {
  title: z.string().max(300),
  date: isoDateSchema.nullable(),
  startTime: clockTimeSchema.nullable(),
  endTime: clockTimeSchema.nullable(),
  place: z.string().max(500),
  facilitators: z.array(z.string().max(200)).max(50),
  organiser: z.string().max(300),
  description: z.string().max(20000),
};

export const sessionHeaderSchema = z.object(headerFields);
export type SessionHeader = z.infer<typeof sessionHeaderSchema>;
export const sessionHeaderPatchSchema = sessionHeaderSchema.partial();

export const sessionSchema = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  title: headerFields.title,
  date: headerFields.date.default(null),
  startTime: headerFields.startTime.default(null),
  endTime: headerFields.endTime.default(null),
  place: headerFields.place.default(''),
  facilitators: headerFields.facilitators.default([]),
  organiser: headerFields.organiser.default(''),
  description: headerFields.description.default(''),
  /** The template it was created from, if any. */
  templateId: z.string().max(100).nullable().default(null),
  /** The cycle it belongs to (`<library>/.cycles/<id>.json`), if any. */
  cycleId: idSchema.nullable().default(null),
  createdAt: instantSchema,
  modifiedAt: instantSchema,
  // `prefault`: a missing object is parsed, so that every field's own default applies.
  options: sessionOptionsSchema.prefault({}),
  agenda: z.array(sequenceSchema).default([]),
  participants: z.array(participantSchema).default([]),
  groupings: z.array(groupingSchema).default([]),
  boards: z.array(boardSchema).default([]),
  notes: z.array(noteSchema).default([]),
  actions: z.array(actionSchema).default([]),
  media: z.array(mediaSchema).default([]),
  run: runStateSchema.prefault({}),
});
export type Session = z.infer<typeof sessionSchema>;

/** Top-level values other than entity collections that operations may change, without defaults. */
export const sessionFieldsPatchSchema = sessionHeaderSchema
  .extend({
    templateId: z.string().max(100).nullable(),
    options: sessionOptionsSchema,
    run: runStateSchema,
  })
  .partial();

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
