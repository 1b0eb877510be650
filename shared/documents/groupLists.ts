/**
 * The groups of a grouping as the room received them: a heading, then one table per round with
 * each table's name and its members (the table host first, marked). Used by the minutes; the
 * groups feature exports it alone too.
 */
import type { Locale, Translate } from '../i18n/t';
import type { Grouping } from '../model/groupings';
import type { Participant } from '../model/participants';
import type { Session } from '../model/session';
import { text, type Block, type Cell, type Run } from './documentModel';
import { typeset } from './sessionLines';

export function groupingBlocks(
  session: Session,
  grouping: Grouping,
  t: Translate,
  locale: Locale,
): Block[] {
  const people = new Map(session.participants.map((p) => [p.id, p]));
  const rounds = grouping.rounds.filter((round) => round.groups.length > 0);
  const blocks: Block[] = [
    {
      kind: 'heading',
      level: 2,
      text: typeset(grouping.name || t('groupList.untitled'), locale),
    },
  ];
  if (rounds.length === 0) {
    blocks.push({ kind: 'paragraph', runs: [text(t('groupList.empty'), { italic: true })] });
    return blocks;
  }
  rounds.forEach((round, index) => {
    if (rounds.length > 1)
      blocks.push({
        kind: 'paragraph',
        runs: [text(t('groupList.round', { number: index + 1 }), { bold: true })],
      });
    const rows: Cell[][] = round.groups.map((group) => {
      const members = orderedMembers(group.memberIds, group.hostId);
      const runs: Run[] = members.map((id, i) => {
        const person = people.get(id);
        const name = person ? personLabel(person, locale) : t('groupList.unknownPerson');
        const host = id === group.hostId ? ` ${t('groupList.host')}` : '';
        return text(`${name}${host}`, i > 0 ? { breakBefore: true } : {});
      });
      return [
        { runs: [text(typeset(group.name, locale), { bold: true })] },
        { runs: runs.length > 0 ? runs : [text(t('groupList.noMember'), { muted: true })] },
        { runs: [text(String(members.length))], align: 'right' },
      ];
    });
    blocks.push({
      kind: 'table',
      caption:
        rounds.length > 1
          ? `${typeset(grouping.name, locale)} — ${t('groupList.round', { number: index + 1 })}`
          : typeset(grouping.name, locale),
      columns: [
        { header: t('groupList.columnGroup'), widthPct: 22 },
        { header: t('groupList.columnMembers'), widthPct: 62 },
        { header: t('groupList.columnCount'), widthPct: 16, align: 'right' },
      ],
      rows,
    });
  });
  return blocks;
}

/** The host first, then the others as the grouping lists them. */
function orderedMembers(memberIds: readonly string[], hostId: string | null): string[] {
  if (!hostId || !memberIds.includes(hostId)) return [...memberIds];
  return [hostId, ...memberIds.filter((id) => id !== hostId)];
}

/** « Aïcha Benali (Mairie de Gennevilliers) ». */
export function personLabel(person: Participant, locale: Locale): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ');
  return typeset(person.organisation ? `${name} (${person.organisation})` : name, locale);
}
