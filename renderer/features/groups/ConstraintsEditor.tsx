/** Table hosts (they stay at their table every round) and pairs to keep apart or together. */
import { useId, useState } from 'react';
import type { Participant } from '../../../shared/model/participants';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { fullName } from './people';

type Pair = [string, string];

function PersonSelect({
  label,
  people,
  value,
  onChange,
  exclude = [],
}: {
  label: string;
  people: Participant[];
  value: string;
  onChange: (id: string) => void;
  exclude?: string[];
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('groups.constraints.choose')}</option>
        {people
          .filter((p) => !exclude.includes(p.id))
          .map((p) => (
            <option key={p.id} value={p.id}>
              {fullName(p)}
              {p.organisation ? ` — ${p.organisation}` : ''}
            </option>
          ))}
      </select>
    </div>
  );
}

export function HostsEditor({
  people,
  hostIds,
  onChange,
  disabled,
}: {
  people: Participant[];
  hostIds: string[];
  onChange: (hostIds: string[]) => void;
  disabled: boolean;
}) {
  const t = useT();
  const [choice, setChoice] = useState('');
  const byId = new Map(people.map((p) => [p.id, p]));
  const hosts = hostIds.filter((id) => byId.has(id));
  return (
    <fieldset className="groups-constraints" disabled={disabled}>
      <legend>{t('groups.hosts.legend')}</legend>
      <p className="field__hint">{t('groups.hosts.hint')}</p>
      {hosts.length > 0 && (
        <ol className="groups-constraints__list">
          {hosts.map((id, index) => (
            <li key={id}>
              <span>
                {t('groups.hosts.entry', { number: index + 1, name: fullName(byId.get(id)!) })}
              </span>
              <Button variant="ghost" onClick={() => onChange(hostIds.filter((h) => h !== id))}>
                {t('groups.constraints.remove')}
                <span className="visually-hidden"> {fullName(byId.get(id)!)}</span>
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div className="groups-constraints__add">
        <PersonSelect
          label={t('groups.hosts.add')}
          people={people}
          value={choice}
          onChange={setChoice}
          exclude={hosts}
        />
        <Button
          disabled={choice === ''}
          onClick={() => {
            onChange([...hosts, choice]);
            setChoice('');
          }}
        >
          {t('groups.hosts.addButton')}
        </Button>
      </div>
    </fieldset>
  );
}

export function PairsEditor({
  kind,
  people,
  pairs,
  onChange,
  disabled,
}: {
  kind: 'apart' | 'together';
  people: Participant[];
  pairs: Pair[];
  onChange: (pairs: Pair[]) => void;
  disabled: boolean;
}) {
  const t = useT();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const byId = new Map(people.map((p) => [p.id, p]));
  const shown = pairs.filter(([a, b]) => byId.has(a) && byId.has(b));
  const name = (id: string) => fullName(byId.get(id)!);
  const isNew =
    first !== '' &&
    second !== '' &&
    first !== second &&
    !pairs.some(([a, b]) => (a === first && b === second) || (a === second && b === first));
  return (
    <fieldset className="groups-constraints" disabled={disabled}>
      <legend>{t(kind === 'apart' ? 'groups.apart.legend' : 'groups.together.legend')}</legend>
      {shown.length > 0 && (
        <ul className="groups-constraints__list">
          {shown.map(([a, b]) => (
            <li key={`${a}-${b}`}>
              <span>{t('groups.constraints.pair', { first: name(a), second: name(b) })}</span>
              <Button
                variant="ghost"
                onClick={() => onChange(pairs.filter((p) => p[0] !== a || p[1] !== b))}
              >
                {t('groups.constraints.remove')}
                <span className="visually-hidden">
                  {' '}
                  {t('groups.constraints.pair', { first: name(a), second: name(b) })}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="groups-constraints__add">
        <PersonSelect
          label={t('groups.constraints.first')}
          people={people}
          value={first}
          onChange={setFirst}
        />
        <PersonSelect
          label={t('groups.constraints.second')}
          people={people}
          value={second}
          onChange={setSecond}
          exclude={[first]}
        />
        <Button
          disabled={!isNew}
          onClick={() => {
            onChange([...pairs, [first, second]]);
            setFirst('');
            setSecond('');
          }}
        >
          {t(kind === 'apart' ? 'groups.apart.add' : 'groups.together.add')}
        </Button>
      </div>
    </fieldset>
  );
}
