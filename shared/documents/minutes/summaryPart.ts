/** « Synthèse »: who came (by college), how many organisations, what was run and captured. */
import type { Session } from '../../model/session';
import { foldText } from '../../util/foldText';
import { cell, text, type Block } from '../documentModel';
import { typeset } from '../sessionLines';
import type { MinutesContext } from './minutesContext';
import { attendees, countByOrganisation } from './people';
import { sequenceTimes } from './sequenceTimes';

export function summaryPart(session: Session, ctx: MinutesContext): Block[] {
  const { t, locale } = ctx;
  const { people, attendanceTaken } = attendees(session.participants);
  const walkIns = people.filter((p) => p.isWalkIn).length;
  const registered = session.participants.filter((p) => !p.isWalkIn).length;
  const absent = session.participants.filter((p) => p.attendance === 'absent').length;
  const excused = session.participants.filter((p) => p.attendance === 'excused').length;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: t('minutes.summary') }];

  const lines: string[] = [];
  if (session.participants.length === 0) lines.push(t('minutes.summaryNobody'));
  else if (attendanceTaken) {
    lines.push(
      walkIns > 0
        ? t('minutes.summaryPresentWithWalkIns', { count: people.length, walkIns })
        : t('minutes.summaryPresent', { count: people.length }),
    );
    if (absent + excused > 0)
      lines.push(t('minutes.summaryAbsent', { count: absent + excused, registered }));
  } else {
    lines.push(t('minutes.summaryRegistered', { count: people.length }));
  }
  const organisations = countByOrganisation(
    people.filter((p) => p.organisation.trim()),
    ctx,
  ).length;
  if (organisations > 0) lines.push(t('minutes.summaryOrganisations', { count: organisations }));
  blocks.push({ kind: 'paragraph', style: 'lead', runs: [text(lines.join(' '))] });

  if (people.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t('minutes.byRole') });
    blocks.push({
      kind: 'table',
      caption: t('minutes.byRole'),
      columns: [
        { header: t('minutes.columnRole'), widthPct: 60 },
        {
          header: attendanceTaken ? t('minutes.columnPresent') : t('minutes.columnRegistered'),
          widthPct: 20,
          align: 'right',
        },
        { header: t('minutes.columnShare'), widthPct: 20, align: 'right' },
      ],
      rows: [
        ...roleCounts(
          session,
          people.map((p) => p.role),
        ).map(([role, count]) => [
          cell(role ? typeset(role, locale) : t('minutes.noRole')),
          cell(String(count)),
          cell(percent(count, people.length, locale)),
        ]),
        [
          cell(t('minutes.total'), { bold: true, shade: true }),
          cell(String(people.length), { bold: true, shade: true }),
          cell(percent(people.length, people.length, locale), { bold: true, shade: true }),
        ],
      ],
    });
  }

  const run = sequenceTimes(session, ctx).filter((s) => s.actualStart !== null);
  const captured = [
    t('minutes.countNotes', {
      count: session.notes.filter((n) => !isKeywordNote(session, n.boardId)).length,
    }),
    t('minutes.countKeywords', {
      count: session.notes.filter((n) => isKeywordNote(session, n.boardId)).length,
    }),
    t('minutes.countSteps', { count: session.actions.length }),
    t('minutes.countPhotos', { count: session.media.length }),
  ].join(', ');
  blocks.push({ kind: 'heading', level: 2, text: t('minutes.sequencesRun') });
  if (run.length === 0)
    blocks.push({
      kind: 'paragraph',
      runs: [text(t('minutes.noActualTimes'), { italic: true })],
    });
  else
    blocks.push({
      kind: 'bullets',
      items: run.map((s) => [
        text(`${s.actualSpan} `, { bold: true }),
        text(typeset(s.sequence.title, locale)),
      ]),
    });
  blocks.push({ kind: 'paragraph', runs: [text(t('minutes.captured', { list: captured }))] });
  return blocks;
}

/** Colleges in the session's order, then any other role met, then people without one. */
function roleCounts(session: Session, roles: readonly string[]): [string, number][] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const role of roles) {
    const key = foldText(role);
    const entry = counts.get(key) ?? { label: role, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  const order = session.options.roles.map(foldText);
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return key === '' ? Number.MAX_SAFE_INTEGER : index === -1 ? order.length : index;
  };
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([, { label, count }]) => [label, count]);
}

function percent(part: number, whole: number, locale: MinutesContext['locale']): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(whole === 0 ? 0 : part / whole);
}

function isKeywordNote(session: Session, boardId: string): boolean {
  return session.boards.find((b) => b.id === boardId)?.mode === 'keywords';
}
