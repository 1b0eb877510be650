/**
 * The morning's check-in (émargement), keyboard first: type a few letters of a name, Enter marks
 * the one person found present and the search is ready for the next arrival. With several
 * matches, ↓ goes into the list, where one key marks the person: P or Enter present, A absent,
 * E excused, N back to « à pointer »; any other letter goes on typing the search. People who
 * are not on the list are added on the spot, already present. Counts follow live.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Attendance, Participant } from '../../../shared/model/participants';
import {
  countAttendance,
  countByRole,
  searchParticipants,
} from '../../../shared/participants/participantList';
import { splitFullName } from '../../../shared/participants/splitFullName';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { attendanceLabel } from '../participants/attendanceLabels';
import { AddParticipantDialog, fullName } from '../participants/ParticipantDialogs';
import type { ParticipantDraft } from '../participants/ParticipantFields';
import { SignatureSheetButton } from '../participants/SignatureSheetButton';
import './attendance.css';

/** Rows shown at once: a few letters narrow any list to a handful. */
const SHOWN = 50;

const keyToAttendance: Record<string, Attendance> = {
  enter: 'present',
  p: 'present',
  a: 'absent',
  e: 'excused',
  n: 'unknown',
};

const marks: { attendance: Attendance; key: string }[] = [
  { attendance: 'present', key: 'P' },
  { attendance: 'absent', key: 'A' },
  { attendance: 'excused', key: 'E' },
];

type Focus = { kind: 'search' } | { kind: 'row'; index: number };

export function CheckInView() {
  const t = useT();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const participants = useSession((s) => s.participants);
  const roles = useSession((s) => s.options.roles);
  const [query, setQuery] = useState('');
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const [active, setActive] = useState(0);
  const [walkIn, setWalkIn] = useState<Partial<ParticipantDraft> | null>(null);
  const [last, setLast] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pendingFocus = useRef<Focus | null>(null);
  const searchId = useId();

  // Not deferred: Enter must act on the people the screen shows for what was typed.
  const matches = useMemo(() => {
    const found = searchParticipants(participants, query);
    return onlyToCheck ? found.filter((p) => p.attendance === 'unknown') : found;
  }, [participants, query, onlyToCheck]);
  const shown = matches.slice(0, SHOWN);
  const counts = useMemo(() => countAttendance(participants), [participants]);
  const byRole = useMemo(
    () => countByRole(participants, roles).filter((c) => c.total > 0),
    [participants, roles],
  );

  const focusNow = (focus: Focus) => {
    if (focus.kind === 'search') return searchRef.current?.focus();
    const rows = listRef.current?.querySelectorAll<HTMLElement>('.checkin-row__person') ?? [];
    (rows[Math.min(focus.index, rows.length - 1)] ?? searchRef.current)?.focus();
  };
  /** Focuses at once, and again once the list has re-rendered for the new state. */
  const setFocus = (focus: Focus) => {
    pendingFocus.current = focus;
    focusNow(focus);
  };
  useEffect(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = null;
    if (focus) focusNow(focus);
  });

  const mark = (participant: Participant, attendance: Attendance, index: number | null) => {
    if (readOnly) return;
    dispatch({ type: 'participant.setAttendance', id: participant.id, attendance });
    setLast(
      t('checkIn.marked', {
        name: fullName(participant) || t('participants.noName'),
        status: t(attendanceLabel[attendance]),
      }),
    );
    if (index === null || query.trim() !== '') {
      // Someone found by name: ready for the next arrival.
      setQuery('');
      setActive(0);
      setFocus({ kind: 'search' });
    } else {
      // Going down the whole list: on to the next person (who takes this place when hidden).
      const next = onlyToCheck && attendance !== 'unknown' ? index : index + 1;
      setActive(next);
      setFocus({ kind: 'row', index: next });
    }
  };

  const openWalkIn = () => {
    const { lastName, firstName } = splitFullName(query);
    setWalkIn({ lastName, firstName });
  };

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      setActive(0);
      setFocus({ kind: 'row', index: 0 });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() === '') return;
      if (shown.length === 1) mark(shown[0]!, 'present', null);
      else if (shown.length > 1) {
        setActive(0);
        setFocus({ kind: 'row', index: 0 });
      } else if (!readOnly) openWalkIn();
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const participant = shown[index];
    if (participant === undefined) return;
    const key = event.key.toLowerCase();
    const go = (to: number) => {
      event.preventDefault();
      if (to < 0) return setFocus({ kind: 'search' });
      const target = Math.min(to, shown.length - 1);
      setActive(target);
      setFocus({ kind: 'row', index: target });
    };
    if (key === 'arrowdown') go(index + 1);
    else if (key === 'arrowup') go(index - 1);
    else if (key === 'home') go(0);
    else if (key === 'end') go(shown.length - 1);
    else if (key === 'escape') go(-1);
    else if (key in keyToAttendance) {
      event.preventDefault();
      mark(participant, keyToAttendance[key]!, index);
    } else if (key === 'backspace') {
      event.preventDefault();
      setQuery((q) => q.slice(0, -1));
      setFocus({ kind: 'search' });
    } else if (event.key.length === 1 && event.key !== ' ') {
      // Typing goes on in the search, whatever has the focus.
      event.preventDefault();
      setQuery((q) => q + event.key);
      setActive(0);
      setFocus({ kind: 'search' });
    }
  };

  const noMatch = query.trim() !== '' && matches.length === 0;

  return (
    <div className="checkin">
      <div className="checkin__top">
        <section className="checkin-counts" aria-label={t('checkIn.countsLabel')}>
          <p className="checkin-counts__main">
            <span className="checkin-counts__present">{counts.present}</span>{' '}
            {t('checkIn.presentOf', { count: counts.present, total: counts.total })}
          </p>
          <p className="checkin-counts__others">
            {[
              t('checkIn.unknownCount', { count: counts.unknown }),
              t('checkIn.absentCount', { count: counts.absent }),
              t('checkIn.excusedCount', { count: counts.excused }),
              t('checkIn.walkInCount', { count: counts.walkIns }),
            ].join(' · ')}
          </p>
          {byRole.length > 0 && (
            <ul className="checkin-counts__roles" aria-label={t('checkIn.byRole')}>
              {byRole.map(({ role, present, total }) => (
                <li key={role}>
                  <span>{role || t('participants.noRole')}</span>
                  <strong>{t('checkIn.roleCount', { present, total })}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
        <div className="checkin__tools">
          <Button onClick={openWalkIn} disabled={readOnly}>
            {t('checkIn.addWalkIn')}
          </Button>
          <SignatureSheetButton />
        </div>
      </div>

      <div className="checkin__search">
        <label htmlFor={searchId}>{t('checkIn.searchLabel')}</label>
        <input
          id={searchId}
          ref={searchRef}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          placeholder={t('checkIn.searchPlaceholder')}
          aria-describedby={`${searchId}-keys`}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onSearchKey}
          // The page opens on the search: the first arrival is already at the door.
          autoFocus
        />
        <p id={`${searchId}-keys`} className="checkin__keys">
          {t('checkIn.keys')}
        </p>
      </div>

      <div className="checkin__status-line">
        <p className="checkin__last" role="status">
          {last ? t('checkIn.lastMarked', { what: last }) : ''}
        </p>
        <label className="checkin__only">
          <input
            type="checkbox"
            checked={onlyToCheck}
            onChange={(e) => {
              setOnlyToCheck(e.target.checked);
              setActive(0);
            }}
          />
          {t('checkIn.onlyToCheck')}
        </label>
      </div>

      {participants.length === 0 && <p className="muted">{t('checkIn.empty')}</p>}
      {noMatch && (
        <div className="checkin__none">
          <p>{t('checkIn.noMatch', { query: query.trim() })}</p>
          <Button variant="primary" onClick={openWalkIn} disabled={readOnly}>
            {t('checkIn.addAsWalkIn', { query: query.trim() })}
          </Button>
        </div>
      )}

      {shown.length > 0 && (
        <ul
          ref={listRef}
          className="checkin-list"
          aria-label={t('checkIn.listLabel', { count: matches.length })}
        >
          {shown.map((p, index) => {
            const name = fullName(p) || t('participants.noName');
            const status = t(attendanceLabel[p.attendance]);
            const details = [p.organisation, p.role].filter(Boolean).join(' · ');
            return (
              <li key={p.id} className={`checkin-row checkin-row--${p.attendance}`}>
                <div
                  className="checkin-row__person"
                  role="group"
                  tabIndex={index === Math.min(active, shown.length - 1) ? 0 : -1}
                  aria-label={t('checkIn.rowLabel', { name, details, status })}
                  aria-keyshortcuts="Enter P A E N"
                  onFocus={() => setActive(index)}
                  onKeyDown={(e) => onRowKey(e, index)}
                >
                  <span className="checkin-row__name">
                    <strong>{p.lastName}</strong> {p.firstName}
                    {p.isWalkIn && <span className="badge">{t('participants.walkInBadge')}</span>}
                  </span>
                  <span className="checkin-row__details">{details}</span>
                </div>
                <span className={`attendance attendance--${p.attendance}`}>{status}</span>
                <div
                  className="checkin-row__marks"
                  role="group"
                  aria-label={t('checkIn.markFor', { name })}
                >
                  {marks.map(({ attendance, key }) => (
                    <button
                      key={attendance}
                      type="button"
                      tabIndex={-1}
                      className={`mark mark--${attendance}`}
                      aria-pressed={p.attendance === attendance}
                      disabled={readOnly}
                      onClick={() =>
                        mark(p, p.attendance === attendance ? 'unknown' : attendance, index)
                      }
                    >
                      {t(attendanceLabel[attendance])}
                      <kbd aria-hidden="true">{key}</kbd>
                    </button>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {matches.length > shown.length && (
        <p className="muted">{t('checkIn.more', { count: matches.length - shown.length })}</p>
      )}

      {walkIn && (
        <AddParticipantDialog
          walkIn
          initial={walkIn}
          onClose={() => {
            setWalkIn(null);
            setFocus({ kind: 'search' });
          }}
          onAdded={(name) => {
            setQuery('');
            setLast(t('checkIn.walkInAdded', { name }));
          }}
        />
      )}
    </div>
  );
}
