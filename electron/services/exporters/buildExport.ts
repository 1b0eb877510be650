/**
 * Builds the file of an exported document: its name and its bytes. Throws AppFailure when the
 * request names something the session does not have.
 */
import { agendaDocument } from '../../../shared/documents/agendaDocument';
import { groupListsDocument } from '../../../shared/documents/groupLists';
import type { DocumentModel } from '../../../shared/documents/documentModel';
import { minutesDocument } from '../../../shared/documents/minutes/minutesDocument';
import { signatureSheet } from '../../../shared/documents/signatureSheet';
import type { ExportRequest } from '../../../shared/contracts/exports';
import type { Locale, Translate } from '../../../shared/i18n/t';
import type { Session } from '../../../shared/model/session';
import { AppFailure } from '../../../shared/result';
import { missingCase } from '../../../shared/util/missingCase';
import { safeFileName } from '../../../shared/util/safeFileName';
import { writeDocx, type DocxGraphics, type LoadImage } from './docxWriter';

export type ExportContext = {
  t: Translate;
  locale: Locale;
  loadImage: LoadImage;
  graphics?: DocxGraphics;
  /** Where actual times are read (the machine's zone); defaults to the process's. */
  timeZone?: string;
};
export type BuiltExport = { fileName: string; bytes: Uint8Array };

export async function buildExport(
  session: Session,
  request: ExportRequest,
  ctx: ExportContext,
): Promise<BuiltExport> {
  const { t, locale } = ctx;
  const title = session.title || t('common.untitled');
  const date = session.date ?? t('fileName.noDate');
  const name = (key: 'fileName.agenda' | 'fileName.signatureSheet' | 'fileName.minutes') =>
    safeFileName(t(key, { title, date }), 150, 'Atelier');
  const docx = async (model: DocumentModel, fileName: string) => ({
    fileName: `${fileName}.docx`,
    bytes: await writeDocx(model, ctx.loadImage, ctx.graphics),
  });
  switch (request.kind) {
    case 'agenda':
      return docx(agendaDocument(session, t, locale), name('fileName.agenda'));
    case 'signatureSheet':
      return docx(signatureSheet(session, t, locale), name('fileName.signatureSheet'));
    case 'minutes':
      return docx(
        minutesDocument(session, {
          t,
          locale,
          options: request.options,
          timeZone: ctx.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        }),
        name('fileName.minutes'),
      );
    case 'groups': {
      const grouping = session.groupings.find((g) => g.id === request.groupingId);
      if (!grouping) throw new AppFailure('grouping.notFound');
      const fileName = safeFileName(
        t('fileName.groups', { name: grouping.name || t('groups.untitled'), title, date }),
        150,
        'Atelier',
      );
      return docx(groupListsDocument(session, grouping, t, locale), fileName);
    }
    default:
      return missingCase(request);
  }
}
