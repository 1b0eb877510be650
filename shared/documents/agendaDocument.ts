/** The agenda alone, as the room receives it: each sequence with its time and duration. */
import { plannedTimes } from '../agenda/plannedTimes';
import { formatClockTime } from '../i18n/formatDate';
import type { Locale, Translate } from '../i18n/t';
import type { Session } from '../model/session';
import { minutesToClockTime } from '../model/time';
import { cell, text, type Cell, type DocumentModel } from './documentModel';
import { sessionLines, typeset } from './sessionLines';

export function agendaDocument(session: Session, t: Translate, locale: Locale): DocumentModel {
  const title = typeset(session.title || t('common.untitled'), locale);
  const day = plannedTimes(session.agenda, session);
  const time = (minutes: number) => formatClockTime(minutesToClockTime(minutes), locale);
  const rows: Cell[][] = session.agenda.map((sequence, index) => {
    const planned = day.sequences[index]!;
    const runs = [text(typeset(sequence.title, locale), { bold: true })];
    if (sequence.speakers)
      runs.push(text(typeset(sequence.speakers, locale), { muted: true, breakBefore: true }));
    if (sequence.prompt)
      runs.push(text(typeset(sequence.prompt, locale), { italic: true, breakBefore: true }));
    return [
      cell(time(planned.startMin), { bold: true }),
      { runs },
      cell(t('agendaDoc.duration', { minutes: sequence.durationMin }), { align: 'right' }),
    ];
  });
  return {
    title: `${t('agendaDoc.title')} — ${title}`,
    header: title,
    footer: t('document.footer'),
    orientation: 'portrait',
    hasCover: false,
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    blocks: [
      { kind: 'heading', level: 1, text: t('agendaDoc.title') },
      { kind: 'paragraph', style: 'lead', runs: [text(title, { bold: true })] },
      ...sessionLines(session, t, locale).map((line) => ({
        kind: 'paragraph' as const,
        runs: [text(line)],
      })),
      session.agenda.length === 0
        ? { kind: 'paragraph', runs: [text(t('agendaDoc.empty'), { italic: true })] }
        : {
            kind: 'table',
            caption: t('agendaDoc.title'),
            columns: [
              { header: t('agendaDoc.columnTime'), widthPct: 14 },
              { header: t('agendaDoc.columnSequence'), widthPct: 70 },
              { header: t('agendaDoc.columnDuration'), widthPct: 16, align: 'right' },
            ],
            rows,
          },
      ...(day.endMin !== null
        ? [
            {
              kind: 'paragraph' as const,
              style: 'small' as const,
              runs: [text(t('agendaDoc.ends', { time: time(day.endMin) }), { muted: true })],
            },
          ]
        : []),
    ],
  };
}
