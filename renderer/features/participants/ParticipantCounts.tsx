/** Who is in the session, by role (a button filters the list) and by organisation. */
import { useMemo } from 'react';
import type { Participant } from '../../../shared/model/participants';
import {
  countAttendance,
  countByRole,
  type OrganisationCount,
} from '../../../shared/participants/participantList';
import { useT } from '../../i18n/I18nProvider';

export function ParticipantCounts({
  participants,
  roles,
  organisations,
  roleFilter,
  onRoleFilter,
}: {
  participants: readonly Participant[];
  roles: readonly string[];
  organisations: readonly OrganisationCount[];
  roleFilter: string | null;
  onRoleFilter: (role: string | null) => void;
}) {
  const t = useT();
  const byRole = useMemo(() => countByRole(participants, roles), [participants, roles]);
  const attendance = useMemo(() => countAttendance(participants), [participants]);
  return (
    <section className="participant-counts" aria-label={t('participants.countsLabel')}>
      <p className="participant-counts__summary">
        {t('participants.summary', {
          people: t('participants.people', { count: participants.length }),
          organisations: t('participants.organisations', { count: organisations.length }),
        })}
        {attendance.present + attendance.absent + attendance.excused > 0 && (
          <>
            {' · '}
            {t('participants.attendanceSummary', {
              present: attendance.present,
              absent: attendance.absent,
              excused: attendance.excused,
            })}
          </>
        )}
      </p>
      <ul className="role-chips" aria-label={t('participants.byRole')}>
        {byRole.map(({ role, total }) => {
          const pressed = roleFilter === role;
          return (
            <li key={role}>
              <button
                type="button"
                className="role-chip"
                aria-pressed={pressed}
                aria-label={t('participants.roleChip', {
                  role: role || t('participants.noRole'),
                  people: t('participants.people', { count: total }),
                })}
                disabled={total === 0 && !pressed}
                onClick={() => onRoleFilter(pressed ? null : role)}
              >
                <span aria-hidden="true">{role || t('participants.noRole')}</span>
                <span aria-hidden="true" className="role-chip__count">
                  {total}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {organisations.length > 0 && (
        <details className="participant-counts__organisations">
          <summary>{t('participants.byOrganisation')}</summary>
          <ul>
            {organisations.map(({ organisation, total }) => (
              <li key={organisation}>
                <span>{organisation}</span>
                <span className="participant-counts__number">{total}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
