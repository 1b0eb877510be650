/**
 * The end-of-day minutes (compte-rendu) as a document model: cover, summary, the agenda as it
 * ran, one chapter per sequence, every next step, the participants. A pure function of the
 * session and the options, so tests read its outline and the dialog previews it.
 */
import { formatLongDate } from '../../i18n/formatDate';
import type { Session } from '../../model/session';
import { text, type Block, type DocumentModel } from '../documentModel';
import { capitalise, sessionLines, typeset } from '../sessionLines';
import { agendaPart } from './agendaPart';
import { chaptersPart } from './chaptersPart';
import type { MinutesContext } from './minutesContext';
import { participantsPart } from './participantsPart';
import { actionsInDayOrder, stepsTable } from './stepsTable';
import { summaryPart } from './summaryPart';

export function minutesDocument(session: Session, ctx: MinutesContext): DocumentModel {
  const { t, locale, options } = ctx;
  const { parts } = options;
  const title = typeset(session.title || t('common.untitled'), locale);
  const blocks: Block[] = [];
  const opening: Block[] = [
    { kind: 'paragraph', style: 'lead', runs: [text(t('minutes.kicker'), { bold: true })] },
    { kind: 'title', text: title },
    ...sessionLines(session, t, locale).map((line): Block => ({
      kind: 'paragraph',
      style: 'lead',
      runs: [text(line)],
    })),
  ];
  if (parts.cover) {
    blocks.push({ kind: 'logo', maxWidthMm: 60, maxHeightMm: 30 }, ...opening);
    if (session.description)
      blocks.push({
        kind: 'paragraph',
        runs: [text(typeset(session.description, locale), { muted: true })],
      });
    // No table of contents: LibreOffice shows its entries without page numbers. The headings
    // are real Word headings, so Word's navigation pane and « Insérer une table » work.
    blocks.push({ kind: 'pageBreak' });
  } else blocks.push(...opening);

  if (parts.summary) blocks.push(...summaryPart(session, ctx));
  if (parts.agenda) blocks.push(...agendaPart(session, ctx));
  if (parts.sequences) blocks.push(...chaptersPart(session, ctx));
  if (parts.nextSteps) {
    blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 1, text: t('minutes.allNextSteps') });
    const actions = actionsInDayOrder(session, session.actions);
    blocks.push(
      actions.length === 0
        ? { kind: 'paragraph', runs: [text(t('minutes.noNextStep'), { italic: true })] }
        : stepsTable(session, actions, ctx, t('minutes.allNextSteps')),
    );
  }
  if (parts.participants) blocks.push({ kind: 'pageBreak' }, ...participantsPart(session, ctx));

  // A part that starts a page right after the cover (or another break) needs no break of its own.
  const tidy = blocks.filter(
    (b, i) => b.kind !== 'pageBreak' || (i > 0 && blocks[i - 1]!.kind !== 'pageBreak'),
  );

  return {
    title: `${t('minutes.kicker')} — ${title}`,
    header: title,
    footer: session.date
      ? t('minutes.footerDated', { date: capitalise(formatLongDate(session.date, locale)) })
      : t('minutes.kicker'),
    orientation: 'portrait',
    hasCover: parts.cover,
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    blocks: tidy,
  };
}

export type OutlineEntry = { level: 1 | 2 | 3; text: string };

/** The headings of a document, in order: what the navigation pane and the preview show. */
export function outline(model: DocumentModel): OutlineEntry[] {
  return model.blocks.flatMap((b): OutlineEntry[] =>
    b.kind === 'heading' ? [{ level: b.level, text: b.text }] : [],
  );
}
