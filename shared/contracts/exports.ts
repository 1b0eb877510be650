/**
 * Exported documents: the Node side builds the file, saves it next to the session (through a
 * save dialog in Electron) and, in the browser build, offers it as a download as well.
 * A feature adds its document to `exportRequestSchema` and builds it in electron/services/exporters.
 */
import { z } from 'zod';
import { minutesOptionsSchema } from '../documents/minutes/minutesOptions';
import { idSchema } from '../model/ids';

export const exportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agenda') }),
  z.object({ kind: z.literal('signatureSheet') }),
  /** The end-of-day minutes, with the parts the facilitator kept. */
  z.object({ kind: z.literal('minutes'), options: minutesOptionsSchema }),
  /** The lists of a grouping's groups, a page per round. */
  z.object({ kind: z.literal('groups'), groupingId: idSchema }),
]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;
export type ExportKind = ExportRequest['kind'];

export const exportResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    fileName: z.string(),
    /** Where the file is, to tell the user. */
    path: z.string(),
    /** Browser build: fetch `/api/download/<id>` to download it. */
    downloadId: z.string().nullable(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportCalls = {
  'export.create': {
    input: z.object({ id: idSchema, document: exportRequestSchema }),
    output: exportResultSchema,
  },
} as const;
