/** For rotations: each person's table in each round, alphabetically (what people look for). */
import { useMemo } from 'react';
import type { Grouping } from '../../../shared/model/groupings';
import type { Participant } from '../../../shared/model/participants';
import { useT } from '../../i18n/I18nProvider';
import { fullName, sortedBySurname } from './people';

export function WhoGoesWhere({
  grouping,
  people,
}: {
  grouping: Grouping;
  people: Map<string, Participant>;
}) {
  const t = useT();
  const rows = useMemo(() => {
    const placed = new Set(grouping.rounds.flatMap((r) => r.groups.flatMap((g) => g.memberIds)));
    return sortedBySurname([...people.values()].filter((p) => placed.has(p.id))).map((person) => ({
      person,
      tables: grouping.rounds.map(
        (round) => round.groups.find((g) => g.memberIds.includes(person.id)) ?? null,
      ),
    }));
  }, [grouping, people]);
  return (
    <table className="who-goes-where">
      <caption>{t('groups.whoGoesWhere.caption', { count: rows.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('groups.whoGoesWhere.person')}</th>
          {grouping.rounds.map((_, r) => (
            <th key={r} scope="col">
              {t('groups.round', { number: r + 1 })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ person, tables }) => (
          <tr key={person.id}>
            <th scope="row">{fullName(person)}</th>
            {tables.map((table, r) => (
              <td key={r}>
                {table && (
                  <>
                    <span
                      className="who-goes-where__swatch"
                      style={{ background: table.color || undefined }}
                      aria-hidden="true"
                    />
                    {table.name}
                    {table.hostId === person.id && (
                      <span className="who-goes-where__host"> {t('groups.chip.host')}</span>
                    )}
                  </>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
