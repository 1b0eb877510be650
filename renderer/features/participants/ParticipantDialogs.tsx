/**
 * Adding a person (from the list, or at the door as a walk-in) and editing one. Edits are live,
 * like the session header: every keystroke is an operation, a burst of typing one undo step.
 */
import { useState } from 'react';
import { newId } from '../../../shared/model/ids';
import type { Attendance } from '../../../shared/model/participants';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { attendanceLabel, attendances } from './attendanceLabels';
import { emptyDraft, ParticipantFields, type ParticipantDraft } from './ParticipantFields';

export function AddParticipantDialog({
  initial = {},
  walkIn = false,
  onAdded,
  onClose,
}: {
  initial?: Partial<ParticipantDraft>;
  /** At the door: marked present and flagged as not registered. */
  walkIn?: boolean;
  onAdded?: (name: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const roles = useSession((s) => s.options.roles);
  const [draft, setDraft] = useState<ParticipantDraft>({
    ...emptyDraft,
    ...initial,
    isWalkIn: walkIn,
  });
  const [missingName, setMissingName] = useState(false);

  const add = () => {
    const trimmed = {
      ...draft,
      lastName: draft.lastName.trim(),
      firstName: draft.firstName.trim(),
      organisation: draft.organisation.trim(),
      territory: draft.territory.trim(),
      email: draft.email.trim().toLowerCase(),
      notes: draft.notes.trim(),
    };
    if (trimmed.lastName === '' && trimmed.firstName === '') return setMissingName(true);
    dispatch({
      type: 'participant.add',
      participant: {
        id: newId(),
        ...trimmed,
        attendance: walkIn ? 'present' : 'unknown',
        createdAt: new Date().toISOString(),
      },
    });
    onAdded?.(fullName(trimmed));
    onClose();
  };

  return (
    <Dialog
      title={walkIn ? t('participants.walkInTitle') : t('participants.addTitle')}
      onClose={onClose}
      onSubmit={add}
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {walkIn ? t('participants.walkInSubmit') : t('participants.addSubmit')}
          </Button>
        </>
      }
    >
      {walkIn && <p className="muted">{t('participants.walkInHint')}</p>}
      <ParticipantFields
        value={draft}
        roles={roles}
        short={walkIn}
        onChange={(patch) => {
          setMissingName(false);
          setDraft((current) => ({ ...current, ...patch }));
        }}
      />
      {missingName && (
        <p className="notice notice--error" role="alert">
          {t('participants.nameRequired')}
        </p>
      )}
    </Dialog>
  );
}

export function EditParticipantDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const dispatch = useDispatch();
  const roles = useSession((s) => s.options.roles);
  const readOnly = useSessionState((s) => s.readOnly);
  const participant = useSession((s) => s.participants.find((p) => p.id === id));
  // Gone (undone, or removed in another window): nothing left to edit.
  if (participant === undefined) return null;
  const setAttendance = (attendance: Attendance) =>
    dispatch({ type: 'participant.setAttendance', id, attendance });
  return (
    <Dialog
      title={t('participants.editTitle', {
        name: fullName(participant) || t('participants.noName'),
      })}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <Button type="submit" variant="primary">
          {t('participants.editDone')}
        </Button>
      }
    >
      <p className="muted">{t('participants.editHint')}</p>
      <ParticipantFields
        value={participant}
        roles={roles}
        readOnly={readOnly}
        onChange={(fields) => dispatch({ type: 'participant.update', id, fields })}
      />
      <fieldset className="attendance-choice">
        <legend>{t('participants.field.attendance')}</legend>
        {attendances.map((attendance) => (
          <label key={attendance}>
            <input
              type="radio"
              name={`attendance-${id}`}
              checked={participant.attendance === attendance}
              disabled={readOnly}
              onChange={() => setAttendance(attendance)}
            />
            {t(attendanceLabel[attendance])}
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}

export function fullName(p: Pick<ParticipantDraft, 'firstName' | 'lastName'>): string {
  return [p.firstName, p.lastName].filter((part) => part.trim() !== '').join(' ');
}
