/**
 * The people of the session: import the registration list, add, edit and remove people, find
 * them (search ignores accents), filter and sort, and see who is there by role and organisation.
 * With the one-registration-per-organisation rule on (a cycle's), people who share an
 * organisation carry a marker.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { Participant } from '../../../shared/model/participants';
import {
  countByOrganisation,
  filterParticipants,
  noFilters,
  sortParticipants,
  type Filters,
  type Sort,
  type SortKey,
} from '../../../shared/participants/participantList';
import { sharedOrganisations } from '../../../shared/participants/sameOrganisation';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { attendanceLabel } from './attendanceLabels';
import { ImportDialog } from './ImportDialog';
import { ParticipantCounts } from './ParticipantCounts';
import { AddParticipantDialog, EditParticipantDialog, fullName } from './ParticipantDialogs';
import { ParticipantFilters } from './ParticipantFilters';
import { RolesDialog } from './RolesDialog';
import { SignatureSheetButton } from './SignatureSheetButton';
import './participants.css';

/** Rows rendered at once: a 2,000-person list stays light; the rest is one click away. */
const PAGE = 200;

type Open = { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'roles' } | { kind: 'import' };

export function ParticipantsSection() {
  const t = useT();
  const toast = useToast();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const participants = useSession((s) => s.participants);
  const roles = useSession((s) => s.options.roles);
  const onePerOrganisation = useSession((s) => s.options.onePerOrganisation);
  const ruleId = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [sort, setSort] = useState<Sort>({ key: 'lastName', direction: 'ascending' });
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<Open | null>(null);
  // Typing in the search stays fluid with thousands of people: the list follows a beat later.
  const deferredQuery = useDeferredValue(query);

  const organisations = useMemo(() => countByOrganisation(participants), [participants]);
  const sharing = useMemo(
    () => (onePerOrganisation ? sharedOrganisations(participants) : null),
    [onePerOrganisation, participants],
  );
  const shown = useMemo(
    () => sortParticipants(filterParticipants(participants, filters, deferredQuery), sort, roles),
    [participants, filters, deferredQuery, sort, roles],
  );
  const isFiltered =
    query.trim() !== '' ||
    filters.role !== null ||
    filters.organisation !== null ||
    filters.attendance !== null;

  const remove = (participant: Participant) => {
    dispatch({ type: 'participant.remove', id: participant.id });
    const name = fullName(participant) || t('participants.noName');
    toast(t('participants.removed', { name }), {
      label: t('participants.undoRemove'),
      // Back with the same id (groups that name them still do), at the end of the stored list,
      // which is only ever shown sorted. Ctrl+Z puts them back at their place as well.
      run: () => dispatch({ type: 'participant.add', participant }),
    });
  };

  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => sortBy(key)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <div className="participants">
      <div className="participants__toolbar">
        <Button variant="primary" onClick={() => setOpen({ kind: 'import' })} disabled={readOnly}>
          {t('participants.import')}
        </Button>
        <Button onClick={() => setOpen({ kind: 'add' })} disabled={readOnly}>
          {t('participants.add')}
        </Button>
        <Button onClick={() => setOpen({ kind: 'roles' })} disabled={readOnly}>
          {t('participants.editRoles')}
        </Button>
        <SignatureSheetButton />
      </div>
      <div className="participants__rule">
        <div className="checkbox">
          <input
            id={ruleId}
            type="checkbox"
            checked={onePerOrganisation}
            disabled={readOnly}
            aria-describedby={`${ruleId}-hint`}
            onChange={(e) =>
              dispatch({
                type: 'run.configure',
                options: { onePerOrganisation: e.target.checked },
              })
            }
          />
          <label htmlFor={ruleId}>{t('participants.onePerOrganisation')}</label>
        </div>
        <p className="field__hint" id={`${ruleId}-hint`}>
          {t('participants.onePerOrganisationHint')}
        </p>
      </div>

      {participants.length === 0 ? (
        <div className="participants__empty">
          <p>{t('participants.empty')}</p>
          <p className="muted">{t('participants.emptyHint')}</p>
        </div>
      ) : (
        <>
          <ParticipantCounts
            participants={participants}
            roles={roles}
            organisations={organisations}
            roleFilter={filters.role}
            onRoleFilter={(role) => setFilters((f) => ({ ...f, role }))}
          />
          <ParticipantFilters
            query={query}
            onQuery={setQuery}
            filters={filters}
            onFilters={setFilters}
            roles={roles}
            organisations={organisations.map((o) => o.organisation)}
            onClear={() => {
              setQuery('');
              setFilters(noFilters);
            }}
            isFiltered={isFiltered}
          />
          <p className="participants__shown" role="status">
            {isFiltered
              ? t('participants.shownOf', { count: shown.length, total: participants.length })
              : t('participants.total', { count: participants.length })}
          </p>
          {shown.length > 0 && (
            <table className="participants__table">
              <thead>
                <tr>
                  {header('lastName', t('participants.field.lastName'))}
                  {header('firstName', t('participants.field.firstName'))}
                  {header('organisation', t('participants.field.organisation'))}
                  {header('role', t('participants.field.role'))}
                  {header('attendance', t('participants.field.attendance'))}
                  <th scope="col">
                    <span className="visually-hidden">{t('participants.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.slice(0, limit).map((p) => {
                  const name = fullName(p) || t('participants.noName');
                  const others = sharing?.get(p.id);
                  return (
                    <tr key={p.id}>
                      <th scope="row">
                        {p.lastName}
                        {p.isWalkIn && (
                          <span className="badge">{t('participants.walkInBadge')}</span>
                        )}
                      </th>
                      <td>{p.firstName}</td>
                      <td>
                        {p.organisation}
                        {others && <SameOrganisation others={others} />}
                      </td>
                      <td>{p.role || <span className="muted">{t('participants.noRole')}</span>}</td>
                      <td>
                        <span className={`attendance attendance--${p.attendance}`}>
                          {t(attendanceLabel[p.attendance])}
                        </span>
                      </td>
                      <td>
                        <div
                          className="row-actions"
                          role="group"
                          aria-label={t('participants.actionsFor', { name })}
                        >
                          <Button
                            variant="ghost"
                            onClick={() => setOpen({ kind: 'edit', id: p.id })}
                          >
                            {readOnly ? t('participants.view') : t('participants.edit')}
                          </Button>
                          <Button variant="ghost" onClick={() => remove(p)} disabled={readOnly}>
                            {t('common.delete')}
                          </Button>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {shown.length > limit && (
            <Button onClick={() => setLimit((l) => l + PAGE)}>
              {t('participants.showMore', { count: Math.min(PAGE, shown.length - limit) })}
            </Button>
          )}
        </>
      )}

      {open?.kind === 'add' && (
        <AddParticipantDialog
          onClose={() => setOpen(null)}
          onAdded={(name) => toast(t('participants.added', { name }))}
        />
      )}
      {open?.kind === 'edit' && (
        <EditParticipantDialog id={open.id} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'roles' && <RolesDialog onClose={() => setOpen(null)} />}
      {open?.kind === 'import' && <ImportDialog onClose={() => setOpen(null)} />}
    </div>
  );
}

/** The marker of people sharing an organisation: a word in sight, the others’ names for all. */
function SameOrganisation({ others }: { others: readonly Participant[] }) {
  const t = useT();
  const names = others.map((o) => fullName(o) || t('participants.noName')).join(', ');
  const text = t('participants.sameOrganisationWith', { names });
  return (
    <span className="badge badge--warning" title={text}>
      <span aria-hidden="true">{t('participants.sameOrganisationBadge')}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
