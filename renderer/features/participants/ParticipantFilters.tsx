/** Search (accents ignored) and filters of the participant list. */
import { useId } from 'react';
import type { Filters } from '../../../shared/participants/participantList';
import { useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { attendanceLabel, attendances } from './attendanceLabels';

/** Option values: '' for « any »; roles need one more for « without a role ». */
const ANY = '';
const NO_ROLE = '\u0000';

export function ParticipantFilters({
  query,
  onQuery,
  filters,
  onFilters,
  roles,
  organisations,
  onClear,
  isFiltered,
}: {
  query: string;
  onQuery: (query: string) => void;
  filters: Filters;
  onFilters: (filters: Filters) => void;
  roles: readonly string[];
  organisations: readonly string[];
  onClear: () => void;
  isFiltered: boolean;
}) {
  const t = useT();
  const id = useId();
  const roleValue = filters.role === null ? ANY : filters.role === '' ? NO_ROLE : filters.role;
  const shownRoles =
    filters.role && !roles.includes(filters.role) ? [...roles, filters.role] : roles;
  return (
    <div className="participant-filters" role="search">
      <div className="field participant-filters__search">
        <label htmlFor={`${id}-search`}>{t('participants.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder={t('participants.searchPlaceholder')}
          onChange={(e) => onQuery(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('participants.field.role')}</label>
        <select
          id={`${id}-role`}
          value={roleValue}
          onChange={(e) => {
            const value = e.target.value;
            onFilters({ ...filters, role: value === ANY ? null : value === NO_ROLE ? '' : value });
          }}
        >
          <option value={ANY}>{t('participants.filterAny')}</option>
          {shownRoles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
          <option value={NO_ROLE}>{t('participants.noRole')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-organisation`}>{t('participants.field.organisation')}</label>
        <select
          id={`${id}-organisation`}
          value={filters.organisation ?? ANY}
          onChange={(e) =>
            onFilters({ ...filters, organisation: e.target.value === ANY ? null : e.target.value })
          }
        >
          <option value={ANY}>{t('participants.filterAnyOrganisation')}</option>
          {organisations.map((organisation) => (
            <option key={organisation} value={organisation}>
              {organisation}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-attendance`}>{t('participants.field.attendance')}</label>
        <select
          id={`${id}-attendance`}
          value={filters.attendance ?? ANY}
          onChange={(e) =>
            onFilters({
              ...filters,
              attendance: attendances.find((a) => a === e.target.value) ?? null,
            })
          }
        >
          <option value={ANY}>{t('participants.filterAny')}</option>
          {attendances.map((attendance) => (
            <option key={attendance} value={attendance}>
              {t(attendanceLabel[attendance])}
            </option>
          ))}
        </select>
      </div>
      {isFiltered && (
        <Button variant="ghost" onClick={onClear} className="participant-filters__clear">
          {t('participants.clearFilters')}
        </Button>
      )}
    </div>
  );
}
