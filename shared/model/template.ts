/**
 * A session template: a header and an agenda to start from. Templates ship as JSON in
 * `resources/templates/`; creating a session from one gives every sequence a fresh id.
 */
import { z } from 'zod';
import { sequenceSchema } from './agenda';
import { createSession, sessionHeaderSchema, type Session, type SessionHeader } from './session';

export const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  description: z.string(),
  header: sessionHeaderSchema.partial(),
  agenda: z.array(sequenceSchema.omit({ id: true, actualStart: true, actualEnd: true })),
});
export type Template = z.infer<typeof templateSchema>;

export function instantiateTemplate(
  template: Template | null,
  init: { id: string; now: string; newId: () => string; header?: Partial<SessionHeader> },
): Session {
  const header = { ...template?.header, ...stripEmpty(init.header ?? {}) };
  const session = createSession({ id: init.id, now: init.now, header });
  if (!template) return session;
  return {
    ...session,
    templateId: template.id,
    agenda: template.agenda.map((sequence) =>
      sequenceSchema.parse({ ...sequence, id: init.newId(), actualStart: null, actualEnd: null }),
    ),
  };
}

function stripEmpty(header: Partial<SessionHeader>): Partial<SessionHeader> {
  return Object.fromEntries(
    Object.entries(header).filter(([, value]) => value !== '' && value !== undefined),
  );
}
