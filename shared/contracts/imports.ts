/**
 * Importing a registration list: the renderer sends the file's bytes (never a path), the Node
 * side reads them with the import pipeline and answers with a preview. Nothing changes in the
 * session until the facilitator confirms: the renderer then dispatches one
 * `participants.import` operation, built with `planImport` from this preview.
 */
import { z } from 'zod';
import { base64Length } from '../util/base64';
import { idSchema } from '../model/ids';
import { participantSchema } from '../model/participants';
import { maxImportBytes, participantFields } from '../participants/registrationTable';

/** Column index → field. JSON keys are strings: « "0": "lastName" ». */
export const columnMappingSchema = z.record(
  z.string().regex(/^\d{1,4}$/),
  z.enum(participantFields).nullable(),
);

const duplicateReasonSchema = z.enum(['email', 'nameAndOrganisation']);
const duplicateDecisionSchema = z.enum(['merge', 'skip', 'add']);

export const duplicateGroupSchema = z.object({
  keep: z.object({ from: z.enum(['existing', 'incoming']), participant: participantSchema }),
  duplicates: z.array(
    z.object({
      participant: participantSchema,
      reasons: z.array(duplicateReasonSchema),
      suggested: duplicateDecisionSchema,
    }),
  ),
});

export const secondRegistrationSchema = z.object({
  participantId: idSchema,
  rank: z.number().int().min(2),
  first: z.object({ from: z.enum(['existing', 'incoming']), participant: participantSchema }),
});

export const importPreviewSchema = z.object({
  fileName: z.string(),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252', 'xlsx']),
  separator: z.enum([';', ',', '\t']).nullable(),
  sheetName: z.string().nullable(),
  headerRow: z.number().int(),
  headers: z.array(z.string()),
  /** The mapping used: the one sent, or the one guessed from the headers. */
  mapping: columnMappingSchema,
  /** Data rows under the header, blank rows left out. */
  rowCount: z.number().int(),
  /** The first rows as read, to show next to the mapping. */
  sample: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  /** Everyone read, in file order, with new ids; duplicates included. */
  participants: z.array(participantSchema),
  /** The file row each participant came from. */
  lines: z.record(idSchema, z.number().int()),
  /** Rows left out, with why. */
  errors: z.array(
    z.object({
      line: z.number().int(),
      code: z.enum(['noName', 'invalidEmail', 'tooLong']),
      reason: z.string(),
    }),
  ),
  /** People of the file already in the session, or twice in the file (see `findDuplicates`). */
  duplicates: z.array(duplicateGroupSchema),
  /**
   * With the session's one-registration-per-organisation rule on: each incoming person whose
   * organisation is already represented (see `findSecondRegistrations`); empty when it is off.
   */
  secondRegistrations: z.array(secondRegistrationSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const maxImportBase64 = base64Length(maxImportBytes);

export const importCalls = {
  'import.preview': {
    input: z.object({
      /** The session receiving the people: its roles, and who is already in it. */
      id: idSchema,
      fileName: z.string().max(255),
      /** The file's bytes, in base64. */
      data: z.base64().max(maxImportBase64),
      /** The facilitator's mapping; null to guess it from the headers. */
      mapping: columnMappingSchema.nullable(),
    }),
    output: importPreviewSchema,
    maxInputBytes: maxImportBase64 + 64 * 1024,
  },
} as const;
