/** How a grouping is formed: who, how, how big, how many rounds, with which constraints. */
import { useId, useMemo } from 'react';
import { groupCount } from '../../../shared/grouping/compile';
import type { GroupingParams } from '../../../shared/grouping/params';
import { peopleToPlace, strategyOf } from '../../../shared/grouping/sessionGrouping';
import { mixAttributes, strategies, type Strategy } from '../../../shared/grouping/types';
import type { Grouping } from '../../../shared/model/groupings';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { SelectField } from '../../ui/SelectField';
import { HostsEditor, PairsEditor } from './ConstraintsEditor';
import { NumberField } from '../../ui/NumberField';
import { sortedBySurname } from './people';
import { ThemesEditor } from './ThemesEditor';

export function GroupingSettings({
  grouping,
  params,
  update,
  setStrategy,
  disabled,
}: {
  grouping: Grouping;
  params: GroupingParams;
  update: (patch: Partial<GroupingParams>) => void;
  setStrategy: (strategy: Strategy) => void;
  disabled: boolean;
}) {
  const t = useT();
  const whoName = useId();
  const sizeName = useId();
  const participants = useSession((s) => s.participants);
  const strategy = strategyOf(grouping);
  const people = useMemo(
    () => sortedBySurname(peopleToPlace(participants, params.who)),
    [participants, params.who],
  );
  const presentCount = useMemo(() => peopleToPlace(participants, 'present').length, [participants]);
  const allCount = useMemo(() => peopleToPlace(participants, 'all').length, [participants]);
  const isTheme = strategy === 'theme';
  const sizes = sizesPreview(people.length, params, strategy);

  return (
    <div className="groups-settings">
      <fieldset className="groups-settings__who" disabled={disabled}>
        <legend>{t('groups.who.legend')}</legend>
        <label>
          <input
            type="radio"
            name={whoName}
            checked={params.who === 'present'}
            onChange={() => update({ who: 'present' })}
          />{' '}
          {t('groups.who.present', { count: presentCount })}
        </label>
        <label>
          <input
            type="radio"
            name={whoName}
            checked={params.who === 'all'}
            onChange={() => update({ who: 'all' })}
          />{' '}
          {t('groups.who.all', { count: allCount })}
        </label>
      </fieldset>

      <div className="groups-settings__row">
        <SelectField
          label={t('groups.strategy.label')}
          value={strategy}
          disabled={disabled}
          onChange={(e) => setStrategy(e.target.value as Strategy)}
          hint={t(`groups.strategy.${strategy}.hint`)}
        >
          {strategies.map((s) => (
            <option key={s} value={s}>
              {t(`groups.strategy.${s}`)}
            </option>
          ))}
        </SelectField>
        <NumberField
          integer
          className="groups-number"
          label={t('groups.rounds')}
          value={params.rounds}
          min={1}
          max={20}
          disabled={disabled}
          onValue={(rounds) => update({ rounds })}
        />
      </div>

      {!isTheme && (
        <fieldset className="groups-settings__size" disabled={disabled}>
          <legend>{t('groups.size.legend')}</legend>
          <div className="groups-settings__row">
            <label className="groups-settings__choice">
              <input
                type="radio"
                name={sizeName}
                checked={params.sizeMode === 'size'}
                onChange={() => update({ sizeMode: 'size' })}
              />{' '}
              {t('groups.size.bySize')}
            </label>
            <NumberField
              integer
              className="groups-number"
              label={t('groups.size.groupSize')}
              value={params.groupSize}
              min={2}
              max={100}
              disabled={disabled || params.sizeMode !== 'size'}
              onValue={(groupSize) => update({ groupSize })}
            />
            <SelectField
              label={t('groups.leftovers.label')}
              value={params.leftovers}
              disabled={disabled || params.sizeMode !== 'size'}
              onChange={(e) => update({ leftovers: e.target.value as GroupingParams['leftovers'] })}
            >
              <option value="bigger">{t('groups.leftovers.bigger')}</option>
              <option value="smaller">{t('groups.leftovers.smaller')}</option>
            </SelectField>
          </div>
          <div className="groups-settings__row">
            <label className="groups-settings__choice">
              <input
                type="radio"
                name={sizeName}
                checked={params.sizeMode === 'count'}
                onChange={() => update({ sizeMode: 'count' })}
              />{' '}
              {t('groups.size.byCount')}
            </label>
            <NumberField
              integer
              className="groups-number"
              label={t('groups.size.groupCount')}
              value={params.groupCount}
              min={1}
              max={200}
              disabled={disabled || params.sizeMode !== 'count'}
              onValue={(groupCount) => update({ groupCount })}
            />
          </div>
          {sizes && <p className="field__hint">{sizes}</p>}
        </fieldset>
      )}

      {strategy !== 'random' && (
        <fieldset className="groups-settings__mix" disabled={disabled}>
          <legend>{t('groups.mix.legend')}</legend>
          {mixAttributes.map((attribute) => (
            <label key={attribute}>
              <input
                type="checkbox"
                checked={params.mix.includes(attribute)}
                onChange={(e) =>
                  update({
                    mix: e.target.checked
                      ? [...params.mix, attribute]
                      : params.mix.filter((a) => a !== attribute),
                  })
                }
              />{' '}
              {t(`groups.mix.${attribute}`)}
            </label>
          ))}
        </fieldset>
      )}

      {isTheme && (
        <ThemesEditor people={people} params={params} update={update} disabled={disabled} />
      )}

      <details
        className="groups-settings__constraints"
        open={params.hostIds.length > 0 || strategy === 'rotation'}
      >
        <summary>{t('groups.constraints.summary', { count: constraintCount(params) })}</summary>
        <HostsEditor
          people={people}
          hostIds={params.hostIds}
          disabled={disabled}
          onChange={(hostIds) => update({ hostIds })}
        />
        <PairsEditor
          kind="apart"
          people={people}
          pairs={params.keepApart}
          disabled={disabled}
          onChange={(keepApart) => update({ keepApart })}
        />
        <PairsEditor
          kind="together"
          people={people}
          pairs={params.keepTogether}
          disabled={disabled}
          onChange={(keepTogether) => update({ keepTogether })}
        />
        <SelectField
          label={t('groups.time.label')}
          value={String(params.timeMs)}
          disabled={disabled}
          onChange={(e) => update({ timeMs: Number(e.target.value) })}
        >
          {[1000, 3000, 10_000].map((ms) => (
            <option key={ms} value={ms}>
              {t('groups.time.seconds', { count: ms / 1000 })}
            </option>
          ))}
        </SelectField>
      </details>
    </div>
  );

  function sizesPreview(n: number, p: GroupingParams, s: Strategy): string | null {
    if (n === 0 || s === 'theme') return null;
    const count = groupCount(n, {
      strategy: s,
      sizing:
        p.sizeMode === 'count'
          ? { groupCount: p.groupCount }
          : { groupSize: p.groupSize, leftovers: p.leftovers },
    });
    if (count < 1 || count > n) return null;
    const small = Math.floor(n / count);
    const big = n % count;
    return big === 0
      ? t('groups.size.previewEqual', { count, size: small, people: n })
      : t('groups.size.preview', {
          count,
          people: n,
          small: count - big,
          smallSize: small,
          big,
          bigSize: small + 1,
        });
  }
}

function constraintCount(params: GroupingParams): number {
  return params.hostIds.length + params.keepApart.length + params.keepTogether.length;
}
