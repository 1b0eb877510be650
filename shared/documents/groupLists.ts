/**
 * The lists of a grouping's groups: for each round (on its own page for rotations), each table
 * with its members, host first (name in bold, organisation after it); for rotations, a last
 * table of who goes where at each round, alphabetically. `groupingBlocks` is self-contained so that the
 * minutes include the very same tables (`layout: 'minutes'`: no page per round, no who-goes-where
 * table, which are for printing and pinning up); `groupListsDocument` is the document around them.
 */
import { describeScore } from '../grouping/describeScore';
import { scoreRounds } from '../grouping/score';
import { memberRounds, scoringInput, strategyOf } from '../grouping/sessionGrouping';
import type { Locale, Translate } from '../i18n/t';
import type { Grouping } from '../model/groupings';
import type { Participant } from '../model/participants';
import type { Session } from '../model/session';
import { cell, text, type Block, type Cell, type DocumentModel, type Run } from './documentModel';
import { sessionLines, typeset } from './sessionLines';
import { bySurname } from '../participants/participantList';

export function groupingBlocks(
  session: Session,
  grouping: Grouping,
  t: Translate,
  locale: Locale,
  layout: 'print' | 'minutes' = 'print',
): Block[] {
  const forPrint = layout === 'print';
  const people = new Map(session.participants.map((p) => [p.id, p]));
  const name = (p: Participant) => [p.firstName, p.lastName].filter(Boolean).join(' ');
  const typed = (value: string) => typeset(value, locale);
  const sequence = session.agenda.find((s) => s.id === grouping.sequenceId);
  const strategy = strategyOf(grouping);
  const placed = new Set(grouping.rounds.flatMap((r) => r.groups.flatMap((g) => g.memberIds)));
  const placedPeople = [...placed].filter((id) => people.has(id)).length;

  const facts = [
    sequence ? t('groupsDoc.sequence', { title: typed(sequence.title) }) : null,
    t('groupsDoc.method', { method: t(`groups.strategy.${strategy}`) }),
    t('groupsDoc.people', { count: placedPeople }),
  ].filter((line): line is string => line !== null);

  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: typed(grouping.name || t('groups.untitled')) },
    { kind: 'paragraph', runs: [text(facts.join(' · '))] },
  ];
  if (grouping.rounds.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [text(t('groupsDoc.empty'), { italic: true })] });
    return blocks;
  }
  const input = scoringInput(session, grouping);
  const score = describeScore(scoreRounds(input, memberRounds(grouping)), input, t);
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    runs: [text(score.map((line) => line.text).join(' · '), { muted: true })],
  });

  const isRotation = grouping.rounds.length > 1;
  grouping.rounds.forEach((round, r) => {
    // A round per page, to print and pin up: each round of a rotation starts one.
    if (isRotation && forPrint) {
      blocks.push({ kind: 'pageBreak' });
      blocks.push({ kind: 'heading', level: 3, text: t('groups.round', { number: r + 1 }) });
    } else if (isRotation) {
      // In the minutes, rounds are not headings: the navigation pane lists chapters and parts.
      blocks.push({
        kind: 'paragraph',
        runs: [text(t('groups.round', { number: r + 1 }), { bold: true })],
      });
    }
    const rows: Cell[][] = round.groups.map((group) => {
      const members = group.memberIds
        .map((id) => people.get(id))
        .filter((p): p is Participant => p !== undefined)
        .sort(
          (a, b) =>
            Number(b.id === group.hostId) - Number(a.id === group.hostId) || bySurname(a, b),
        );
      // Names in bold, the organisation after each: a table's list fits a few lines.
      const memberRuns: Run[] = members.flatMap((p, i) => [
        text(`${i > 0 ? ' · ' : ''}${name(p)}`, { bold: true }),
        ...(p.id === group.hostId ? [text(` ${t('groupsDoc.hostMark')}`)] : []),
        ...(p.organisation ? [text(` (${typed(p.organisation)})`, { muted: true })] : []),
      ]);
      return [
        cell(typed(group.name), { bold: true }),
        members.length > 0
          ? { runs: memberRuns }
          : cell(t('groups.card.empty'), { italic: true, muted: true }),
      ];
    });
    blocks.push({
      kind: 'table',
      caption: isRotation ? t('groups.round', { number: r + 1 }) : typed(grouping.name),
      compact: true,
      columns: [
        { header: t('groupsDoc.columnTable'), widthPct: 17 },
        { header: t('groupsDoc.columnMembers'), widthPct: 83 },
      ],
      rows,
    });
  });

  if (isRotation && forPrint) {
    blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 3, text: t('groups.whoGoesWhere.tab') });
    const everyone = [...placed]
      .map((id) => people.get(id))
      .filter((p): p is Participant => p !== undefined)
      .sort(bySurname);
    const roundShare = Math.floor(56 / grouping.rounds.length);
    blocks.push({
      kind: 'table',
      caption: t('groups.whoGoesWhere.tab'),
      compact: true,
      columns: [
        { header: t('signatureDoc.columnLastName'), widthPct: 26 },
        {
          header: t('signatureDoc.columnFirstName'),
          widthPct: 100 - 26 - roundShare * grouping.rounds.length,
        },
        ...grouping.rounds.map((_, r) => ({
          header: t('groups.round', { number: r + 1 }),
          widthPct: roundShare,
        })),
      ],
      rows: everyone.map((p) => [
        cell(p.lastName.toLocaleUpperCase('fr'), { bold: true }),
        cell(p.firstName),
        ...grouping.rounds.map((round) => {
          const table = round.groups.find((g) => g.memberIds.includes(p.id));
          return cell(table ? typed(table.name) : '—', { bold: table?.hostId === p.id });
        }),
      ]),
    });
  }
  return blocks;
}

export function groupListsDocument(
  session: Session,
  grouping: Grouping,
  t: Translate,
  locale: Locale,
): DocumentModel {
  const title = typeset(session.title || t('common.untitled'), locale);
  const name = typeset(grouping.name || t('groups.untitled'), locale);
  return {
    title: `${t('groupsDoc.title')} — ${name}`,
    header: `${title} — ${name}`,
    footer: t('document.footer'),
    orientation: 'portrait',
    hasCover: false,
    language: locale === 'fr' ? 'fr-FR' : 'en-GB',
    blocks: [
      { kind: 'heading', level: 1, text: t('groupsDoc.title') },
      { kind: 'paragraph', style: 'lead', runs: [text(title, { bold: true })] },
      ...sessionLines(session, t, locale).map((line) => ({
        kind: 'paragraph' as const,
        runs: [text(line)],
      })),
      ...groupingBlocks(session, grouping, t, locale),
    ],
  };
}
