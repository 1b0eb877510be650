/**
 * The minutes of a whole cycle, in the style of a session's minutes: a cover, then each
 * session's key outputs (date, how many came, keywords, most voted notes, next steps decided),
 * the attendance matrix, and the next steps across the cycle with their latest status.
 */
import type { CycleView } from '../cycles/cycleView';
import { countKeywords } from '../boards/keywords';
import { rankByVotes } from '../boards/voting';
import { formatLongDate, formatShortDate } from '../i18n/formatDate';
import type { Locale, PlainMessageKey, Translate } from '../i18n/t';
import type { Session } from '../model/session';
import { cell, text, type Block, type Cell, type DocumentModel } from './documentModel';
import { attendees } from './minutes/people';
import { typeset } from './sessionLines';

export type CycleMinutesContext = { t: Translate; locale: Locale };

const cellLabels = {
  present: 'cycles.matrix.present',
  absent: 'cycles.matrix.absent',
  excused: 'cycles.matrix.excused',
  unknown: 'cycles.matrix.unknown',
  none: 'cycles.matrix.none',
} as const satisfies Record<string, PlainMessageKey>;

const statusLabels = {
  open: 'actions.status.open',
  done: 'actions.status.done',
  dropped: 'actions.status.dropped',
} as const satisfies Record<string, PlainMessageKey>;

export function cycleMinutesDocument(
  view: CycleView,
  sessions: ReadonlyMap<string, Session>,
  ctx: CycleMinutesContext,
): DocumentModel {
  const { t, locale } = ctx;
  const { cycle, slots } = view;
  const title = typeset(cycle.title || t('common.untitled'), locale);
  const slotName = (index: number) => t('cycles.slot', { index: index + 1 });
  const dates = slots.flatMap((s) => (s.date ? [s.date] : []));
  const blocks: Block[] = [
    { kind: 'logo', maxWidthMm: 60, maxHeightMm: 30 },
    { kind: 'paragraph', style: 'lead', runs: [text(t('cycleMinutes.kicker'), { bold: true })] },
    { kind: 'title', text: title },
    {
      kind: 'paragraph',
      style: 'lead',
      runs: [text(t('cycleMinutes.sessionCount', { count: slots.length }))],
    },
  ];
  if (dates.length > 1)
    blocks.push({
      kind: 'paragraph',
      style: 'lead',
      runs: [
        text(
          t('cycleMinutes.span', {
            first: formatLongDate(dates[0]!, locale),
            last: formatLongDate(dates[dates.length - 1]!, locale),
          }),
        ),
      ],
    });
  if (cycle.onePerOrganisation)
    blocks.push({ kind: 'paragraph', runs: [text(t('cycles.ruleOn'), { muted: true })] });
  if (cycle.description)
    blocks.push({
      kind: 'paragraph',
      runs: [text(typeset(cycle.description, locale), { muted: true })],
    });
  blocks.push({ kind: 'pageBreak' });

  blocks.push({ kind: 'heading', level: 1, text: t('cycleMinutes.sessions') });
  for (const slot of slots) {
    const heading = slot.date
      ? t('cycleMinutes.sessionHeading', {
          name: slotName(slot.index),
          date: formatLongDate(slot.date, locale),
        })
      : slotName(slot.index);
    blocks.push({ kind: 'heading', level: 2, text: heading });
    const session = slot.sessionId ? sessions.get(slot.sessionId) : undefined;
    if (!session) {
      blocks.push({
        kind: 'paragraph',
        runs: [
          text(t(slot.status === 'missing' ? 'cycleMinutes.missing' : 'cycleMinutes.notYet'), {
            italic: true,
          }),
        ],
      });
      continue;
    }
    blocks.push(...sessionOutputs(session, ctx));
  }

  blocks.push(
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: t('cycles.matrixHeading') },
  );
  const { matrix } = view;
  if (matrix.rows.length === 0)
    blocks.push({ kind: 'paragraph', runs: [text(t('cycles.matrix.empty'), { italic: true })] });
  else {
    const n = matrix.columns.length;
    const each = Math.floor((n <= 4 ? 70 : 72) / (n + 1));
    const personWidth = 100 - each * (n + 1);
    const center = { align: 'center' as const };
    blocks.push({
      kind: 'table',
      caption: t('cycles.matrixCaption'),
      compact: n > 6,
      columns: [
        { header: t('cycles.matrix.person'), widthPct: personWidth },
        ...matrix.columns.map((index) => {
          const date = slots[index]?.date;
          return {
            header: date
              ? `${slotName(index)}\n${formatShortDate(date, locale).replace(' ', '\u00a0')}`
              : slotName(index),
            widthPct: each,
            align: 'center' as const,
          };
        }),
        { header: t('cycles.matrix.total'), widthPct: each, align: 'center' },
      ],
      rows: [
        ...matrix.rows.map((row): Cell[] => [
          {
            runs: [
              text(typeset(row.name || t('common.untitled'), locale)),
              ...(row.organisation
                ? [text(typeset(row.organisation, locale), { muted: true, breakBefore: true })]
                : []),
            ],
          },
          ...row.cells.map((c) => cell(t(cellLabels[c]), center)),
          cell(String(row.present), { ...center, bold: true }),
        ]),
        [
          cell(t('cycles.matrix.totalRow'), { bold: true, shade: true }),
          ...matrix.presentBySession.map((count) =>
            cell(String(count), { ...center, bold: true, shade: true }),
          ),
          cell('', { shade: true }),
        ],
      ],
    });
  }

  blocks.push(
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: t('cycles.actionsHeading') },
  );
  if (view.actions.length === 0)
    blocks.push({ kind: 'paragraph', runs: [text(t('cycles.actions.empty'), { italic: true })] });
  else
    blocks.push({
      kind: 'table',
      caption: t('cycles.actionsCaption'),
      columns: [
        { header: t('cycles.actions.text'), widthPct: 40 },
        { header: t('cycles.actions.owner'), widthPct: 20 },
        { header: t('cycles.actions.due'), widthPct: 14 },
        { header: t('cycles.actions.status'), widthPct: 12 },
        { header: t('cycles.actions.createdIn'), widthPct: 14 },
      ],
      rows: view.actions.map((action) => [
        cell(typeset(action.text, locale)),
        cell(typeset(action.owner, locale)),
        cell(action.due ? formatShortDate(action.due, locale) : ''),
        cell(t(statusLabels[action.status]), { bold: action.status === 'open' }),
        cell(slotName(action.createdIn)),
      ]),
    });

  return {
    title: `${t('cycleMinutes.kicker')} — ${title}`,
    header: title,
    footer: t('cycleMinutes.kicker'),
    orientation: 'portrait',
    hasCover: true,
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    blocks,
  };
}

/** What a session of the cycle gave: who came, its keywords, its most voted notes, its next steps. */
function sessionOutputs(session: Session, ctx: CycleMinutesContext): Block[] {
  const { t, locale } = ctx;
  const blocks: Block[] = [];
  const { people, attendanceTaken } = attendees(session.participants);
  blocks.push({
    kind: 'paragraph',
    runs: [
      text(
        session.participants.length === 0
          ? t('minutes.summaryNobody')
          : attendanceTaken
            ? t('minutes.summaryPresent', { count: people.length })
            : t('minutes.summaryRegistered', { count: people.length }),
      ),
    ],
  });
  const keywordBoards = new Set(
    session.boards.filter((b) => b.mode === 'keywords').map((b) => b.id),
  );
  const keywords = countKeywords(
    session.notes.filter((n) => keywordBoards.has(n.boardId)).map((n) => n.text),
  ).slice(0, 12);
  if (keywords.length > 0)
    blocks.push({
      kind: 'paragraph',
      runs: [
        text(t('cycleMinutes.keywords'), { bold: true }),
        text(
          keywords
            .map((k) =>
              k.count > 1
                ? `${typeset(k.display, locale)} (${k.count})`
                : typeset(k.display, locale),
            )
            .join(', '),
        ),
      ],
    });
  const voted = rankByVotes(
    session.notes.filter((n) => !keywordBoards.has(n.boardId)),
    { top: 3 },
  );
  if (voted.length > 0) {
    blocks.push({ kind: 'paragraph', runs: [text(t('cycleMinutes.topVoted'), { bold: true })] });
    blocks.push({
      kind: 'bullets',
      items: voted.map(({ note }) => [
        text(typeset(note.text, locale)),
        text(` — ${t('cycleMinutes.votes', { count: note.votes })}`, { muted: true }),
      ]),
    });
  }
  const decided = session.actions.filter((a) => a.carriedFrom === null);
  const reviewed = session.actions.filter((a) => a.carriedFrom !== null && a.reviewedAt !== null);
  if (reviewed.length > 0)
    blocks.push({
      kind: 'paragraph',
      runs: [text(t('cycleMinutes.reviewed', { count: reviewed.length }))],
    });
  blocks.push({ kind: 'paragraph', runs: [text(t('cycleMinutes.nextSteps'), { bold: true })] });
  blocks.push(
    decided.length === 0
      ? { kind: 'paragraph', runs: [text(t('minutes.noNextStep'), { italic: true })] }
      : {
          kind: 'bullets',
          items: decided.map((a) => {
            const who = [a.owner, a.due ? formatShortDate(a.due, locale) : '']
              .filter(Boolean)
              .join(', ');
            return [
              text(typeset(a.text, locale)),
              ...(who ? [text(` (${typeset(who, locale)})`, { muted: true })] : []),
            ];
          }),
        },
  );
  return blocks;
}
