/**
 * What the room sees of a grouping, readable from the back: one round's tables with their
 * members ("Table 3" and its names, the host marked), or, for rotations, everyone's table at
 * each round, alphabetically in columns, so each person finds their name and their tables.
 * Type sizes follow the number of tables and names so that everything fits one screen.
 */
import { useMemo, type CSSProperties } from 'react';
import { bySurname } from '../../../shared/participants/participantList';
import type { Group } from '../../../shared/model/groupings';
import type { Participant } from '../../../shared/model/participants';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import type { RoomViewProps } from '../projector/roomViews';
import './groupingRoom.css';

export function GroupingRoomView({ view }: RoomViewProps<'grouping'>) {
  const t = useT();
  const grouping = useSession((s) => s.groupings.find((g) => g.id === view.groupingId) ?? null);
  const participants = useSession((s) => s.participants);
  const people = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  if (!grouping || grouping.rounds.length === 0)
    return <p className="room__title">{t('projector.waiting')}</p>;
  const round = view.round === null ? null : Math.min(view.round, grouping.rounds.length - 1);
  const heading =
    round === null
      ? t('groupsRoom.everyone')
      : grouping.rounds.length > 1
        ? t('groupsRoom.round', { number: round + 1, name: grouping.name })
        : grouping.name;
  return (
    <div className="room-groups">
      <h1 className="room-groups__title">{heading}</h1>
      {round === null ? (
        <Everyone name={grouping.name} rounds={grouping.rounds} people={people} />
      ) : (
        <Tables groups={grouping.rounds[round]!.groups} people={people} />
      )}
    </div>
  );
}

const name = (p: Participant) => [p.firstName, p.lastName].filter(Boolean).join(' ');

/** Average width of a character of the interface’s sans-serif, bold surnames included, in ems. */
const CHAR_EM = 0.6;

/**
 * The font size (in vw) at which `chars` characters plus `extraEm` fit `widthVw`: names must be
 * read whole from the back of the room, not cut by an ellipsis.
 */
const fitWidth = (widthVw: number, chars: number, extraEm: number) =>
  widthVw / (CHAR_EM * chars + extraEm);

function Tables({ groups, people }: { groups: Group[]; people: Map<string, Participant> }) {
  const t = useT();
  const columns =
    groups.length <= 2
      ? groups.length
      : groups.length <= 4
        ? 2
        : groups.length <= 9
          ? 3
          : groups.length <= 16
            ? 4
            : 5;
  const rows = Math.ceil(groups.length / Math.max(1, columns));
  const tallest = Math.max(1, ...groups.map((g) => g.memberIds.length));
  // Lines per card: the members, the table's name (larger) and some air.
  const lineVh = Math.min(5, 82 / (rows * (tallest + 2.2)));
  const hostMark = t('groupsRoom.host').length + 1;
  const longest = Math.max(
    12,
    ...groups.flatMap((g) =>
      g.memberIds.map((id) => {
        const person = people.get(id);
        return (person ? name(person).length : 0) + (id === g.hostId ? 0.75 * hostMark : 0);
      }),
    ),
  );
  const cardVw = (90 - 1.4 * (columns - 1)) / columns;
  const style = {
    '--columns': columns,
    fontSize: `min(${lineVh.toFixed(2)}vh, ${fitWidth(cardVw, longest, 2.2).toFixed(2)}vw)`,
  } as CSSProperties;
  return (
    <ol className="room-groups__tables" style={style}>
      {groups.map((group, index) => {
        const members = group.memberIds
          .map((id) => people.get(id))
          .filter((p): p is Participant => p !== undefined)
          .sort(
            (a, b) =>
              Number(b.id === group.hostId) - Number(a.id === group.hostId) || bySurname(a, b),
          );
        // "Table 3" says its number; a table named after its theme shows it beside the name.
        const isDefaultName = group.name === t('groups.tableName', { number: index + 1 });
        return (
          <li
            key={group.id}
            className="room-groups__table"
            style={{ borderColor: group.color || undefined }}
          >
            <h2 className="room-groups__table-name">
              <span
                className="room-groups__number"
                style={{ background: group.color || undefined }}
                aria-hidden="true"
              >
                {isDefaultName ? '' : index + 1}
              </span>
              {group.name}
            </h2>
            <ul>
              {members.map((p) => (
                <li key={p.id}>
                  {name(p)}
                  {p.id === group.hostId && (
                    <span className="room-groups__host"> {t('groupsRoom.host')}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function Everyone({
  name: groupingName,
  rounds,
  people,
}: {
  name: string;
  rounds: { groups: Group[] }[];
  people: Map<string, Participant>;
}) {
  const t = useT();
  const rows = useMemo(() => {
    const tables = new Map<string, { index: number; group: Group }[]>();
    rounds.forEach((round) =>
      round.groups.forEach((group, index) =>
        group.memberIds.forEach((id) =>
          tables.set(id, [...(tables.get(id) ?? []), { index, group }]),
        ),
      ),
    );
    return [...tables.keys()]
      .map((id) => people.get(id))
      .filter((p): p is Participant => p !== undefined)
      .sort(bySurname)
      .map((person) => ({
        person,
        tables: rounds.map((round) => {
          const index = round.groups.findIndex((g) => g.memberIds.includes(person.id));
          return index === -1 ? null : { index, group: round.groups[index]! };
        }),
      }));
  }, [rounds, people]);
  const columns = rows.length <= 14 ? 1 : rows.length <= 36 ? 2 : rows.length <= 90 ? 3 : 4;
  const perColumn = Math.ceil(rows.length / columns);
  const lineVh = Math.min(5, 80 / (perColumn + 1.5));
  const longest = Math.max(
    10,
    ...rows.map(({ person }) => `${person.lastName} ${person.firstName}`.length),
  );
  const columnVw = (90 - 3 * (columns - 1)) / columns;
  // A row: the name, a 1.7em number per round with its gap, the space between them.
  const widthVw = fitWidth(columnVw, longest, 1.9 * rounds.length + 0.8);
  const style = {
    '--columns': columns,
    fontSize: `min(${lineVh.toFixed(2)}vh, ${widthVw.toFixed(2)}vw)`,
  } as CSSProperties;
  return (
    <div className="room-everyone" style={style}>
      <p className="room-everyone__legend">
        {t('groupsRoom.legend', {
          name: groupingName,
          rounds: rounds.map((_, r) => r + 1).join(' · '),
        })}
      </p>
      <ol className="room-everyone__list">
        {rows.map(({ person, tables }) => (
          <li key={person.id} className="room-everyone__row">
            <span className="room-everyone__name">
              <strong>{person.lastName}</strong> {person.firstName}
            </span>
            <span className="room-everyone__tables">
              {tables.map((table, r) => (
                <span
                  key={r}
                  className="room-everyone__table"
                  style={{ background: table?.group.color || undefined }}
                  aria-label={
                    table
                      ? t('groupsRoom.tableAt', { round: r + 1, table: table.group.name })
                      : undefined
                  }
                >
                  {table ? table.index + 1 : '–'}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
