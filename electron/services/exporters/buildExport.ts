/** Builds the file of an exported document: its name and its bytes. */
import { agendaDocument } from '../../../shared/documents/agendaDocument';
import type { DocumentModel } from '../../../shared/documents/documentModel';
import { signatureSheet } from '../../../shared/documents/signatureSheet';
import type { ExportRequest } from '../../../shared/contracts/exports';
import type { Locale, Translate } from '../../../shared/i18n/t';
import type { Session } from '../../../shared/model/session';
import { missingCase } from '../../../shared/util/missingCase';
import { safeFileName } from '../../../shared/util/safeFileName';
import { writeDocx, type LoadImage } from './docxWriter';

export type ExportContext = { t: Translate; locale: Locale; loadImage: LoadImage };
export type BuiltExport = { fileName: string; bytes: Uint8Array };

export async function buildExport(
  session: Session,
  request: ExportRequest,
  ctx: ExportContext,
): Promise<BuiltExport> {
  const { t, locale } = ctx;
  const name = (key: 'fileName.agenda' | 'fileName.signatureSheet') =>
    safeFileName(
      t(key, {
        title: session.title || t('common.untitled'),
        date: session.date ?? t('fileName.noDate'),
      }),
      150,
      'Atelier',
    );
  const docx = async (model: DocumentModel, fileName: string) => ({
    fileName: `${fileName}.docx`,
    bytes: await writeDocx(model, ctx.loadImage),
  });
  switch (request.kind) {
    case 'agenda':
      return docx(agendaDocument(session, t, locale), name('fileName.agenda'));
    case 'signatureSheet':
      return docx(signatureSheet(session, t, locale), name('fileName.signatureSheet'));
    default:
      return missingCase(request);
  }
}
