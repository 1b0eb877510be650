/** « Déroulé »: the agenda as it really ran, planned beside actual, with the gap. */
import type { Session } from '../../model/session';
import { cell, text, type Block, type Cell } from '../documentModel';
import { typeset } from '../sessionLines';
import type { MinutesContext } from './minutesContext';
import { sequenceTimes } from './sequenceTimes';

export function agendaPart(session: Session, ctx: MinutesContext): Block[] {
  const { t, locale } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('minutes.agenda') }];
  if (session.agenda.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [text(t('agendaDoc.empty'), { italic: true })] });
    return blocks;
  }
  const times = sequenceTimes(session, ctx);
  const anyRun = times.some((s) => s.actualStart !== null);
  if (!anyRun)
    blocks.push({ kind: 'paragraph', runs: [text(t('minutes.noActualTimes'), { italic: true })] });
  const duration = (minutes: number) => t('agendaDoc.duration', { minutes });
  const rows: Cell[][] = times.map((s) => {
    const title = [text(typeset(s.sequence.title, locale), { bold: true })];
    if (s.sequence.speakers)
      title.push(text(typeset(s.sequence.speakers, locale), { muted: true, breakBefore: true }));
    const gap = s.actualMin === null ? null : s.actualMin - s.plannedMin;
    return [
      { runs: title },
      cell(s.plannedStart),
      cell(duration(s.plannedMin), { align: 'right' }),
      s.actualStart === null
        ? cell(anyRun ? t('minutes.notRun') : '—', { muted: true })
        : cell(s.actualStart),
      cell(s.actualMin === null ? '—' : duration(s.actualMin), {
        align: 'right',
        ...(s.actualMin === null ? { muted: true } : {}),
      }),
      cell(
        gap === null || gap === 0
          ? ''
          : t('minutes.gap', { sign: gap > 0 ? '+' : '−', minutes: Math.abs(gap) }),
        {
          align: 'right',
          ...(gap !== null && gap > 0 ? { bold: true } : {}),
        },
      ),
    ];
  });
  blocks.push({
    kind: 'table',
    caption: t('minutes.agenda'),
    columns: [
      { header: t('agendaDoc.columnSequence'), widthPct: 40 },
      { header: t('minutes.columnPlannedStart'), widthPct: 11 },
      { header: t('minutes.columnPlannedDuration'), widthPct: 12, align: 'right' },
      { header: t('minutes.columnActualStart'), widthPct: 12 },
      { header: t('minutes.columnActualDuration'), widthPct: 13, align: 'right' },
      { header: t('minutes.columnGap'), widthPct: 12, align: 'right' },
    ],
    rows,
  });
  return blocks;
}
