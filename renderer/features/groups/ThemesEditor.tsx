/** Themes (one table each) with their capacities, and each person's choices in order. */
import type { GroupingParams } from '../../../shared/grouping/params';
import { choicesFromTags } from '../../../shared/grouping/sessionGrouping';
import type { Participant } from '../../../shared/model/participants';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { NumberField } from '../../ui/NumberField';
import { fullName } from './people';

const CHOICES = 3;

export function ThemesEditor({
  people,
  params,
  update,
  disabled,
}: {
  people: Participant[];
  params: GroupingParams;
  update: (patch: Partial<GroupingParams>) => void;
  disabled: boolean;
}) {
  const t = useT();
  const { themes, choices } = params;
  const setTheme = (index: number, patch: Partial<GroupingParams['themes'][number]>) =>
    update({ themes: themes.map((theme, i) => (i === index ? { ...theme, ...patch } : theme)) });
  const removeTheme = (index: number) =>
    update({
      themes: themes.filter((_, i) => i !== index),
      // Choices point at theme indices: those after the removed one move up.
      choices: Object.fromEntries(
        Object.entries(choices).map(([id, list]) => [
          id,
          list.filter((c) => c !== index).map((c) => (c > index ? c - 1 : c)),
        ]),
      ),
    });
  const setChoice = (personId: string, rank: number, theme: number | null) => {
    const list = (choices[personId] ?? []).slice(0, CHOICES);
    const next = list.filter((_, i) => i !== rank);
    if (theme !== null) next.splice(Math.min(rank, next.length), 0, theme);
    update({ choices: { ...choices, [personId]: [...new Set(next)] } });
  };
  const capacity = themes.reduce((sum, theme) => sum + theme.capacity, 0);
  return (
    <fieldset className="groups-themes" disabled={disabled}>
      <legend>{t('groups.themes.legend')}</legend>
      <ol className="groups-themes__list">
        {themes.map((theme, index) => (
          <li key={index} className="groups-themes__theme">
            <div className="field">
              <label htmlFor={`theme-${index}`}>
                {t('groups.themes.name', { number: index + 1 })}
              </label>
              <input
                id={`theme-${index}`}
                value={theme.name}
                maxLength={200}
                onChange={(e) => setTheme(index, { name: e.target.value })}
              />
            </div>
            <NumberField
              integer
              className="groups-number"
              label={t('groups.themes.capacity')}
              value={theme.capacity}
              min={0}
              max={1000}
              onValue={(value) => setTheme(index, { capacity: value })}
            />
            <Button variant="ghost" onClick={() => removeTheme(index)}>
              {t('groups.constraints.remove')}
              <span className="visually-hidden"> {theme.name}</span>
            </Button>
          </li>
        ))}
      </ol>
      <Button
        onClick={() =>
          update({
            themes: [
              ...themes,
              { name: t('groups.themeName', { number: themes.length + 1 }), capacity: 6 },
            ],
          })
        }
      >
        {t('groups.themes.add')}
      </Button>
      {themes.length > 0 && (
        <Button onClick={() => update({ choices: choicesFromTags(people, themes, choices) })}>
          {t('groups.themes.fromTags')}
        </Button>
      )}
      <p className={capacity < people.length ? 'field__hint groups-warning' : 'field__hint'}>
        {t('groups.themes.places', { capacity, count: people.length })}
      </p>
      {themes.length > 0 && people.length > 0 && (
        <details className="groups-choices__details">
          <summary>
            {t('groups.themes.choicesSummary', {
              count: people.filter((p) => (choices[p.id]?.length ?? 0) > 0).length,
              total: people.length,
            })}
          </summary>
          <table className="groups-choices">
            <caption>{t('groups.themes.choicesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.themes.person')}</th>
                {Array.from({ length: CHOICES }, (_, rank) => (
                  <th key={rank} scope="col">
                    {t('groups.themes.choice', { rank: rank + 1 })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{fullName(person)}</th>
                  {Array.from({ length: CHOICES }, (_, rank) => (
                    <td key={rank}>
                      <select
                        aria-label={t('groups.themes.choiceOf', {
                          rank: rank + 1,
                          name: fullName(person),
                        })}
                        value={choices[person.id]?.[rank] ?? ''}
                        onChange={(e) =>
                          setChoice(
                            person.id,
                            rank,
                            e.target.value === '' ? null : Number(e.target.value),
                          )
                        }
                      >
                        <option value="">{t('groups.themes.noChoice')}</option>
                        {themes.map((theme, index) => (
                          <option key={index} value={index}>
                            {theme.name}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </fieldset>
  );
}
