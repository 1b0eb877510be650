/**
 * The session's roles (colleges): renamed (everyone who has one follows), reordered, added,
 * removed. A name is committed when the field is left or Enter is pressed, not letter by letter,
 * so that a half-typed name never merges two roles.
 */
import { useMemo, useState } from 'react';
import { indexOfRole } from '../../../shared/session/participantOps';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';

const MAX_ROLES = 30;

export function RolesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const toast = useToast();
  const dispatch = useDispatch();
  const roles = useSession((s) => s.options.roles);
  const participants = useSession((s) => s.participants);
  const [newRole, setNewRole] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const used = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of participants) counts.set(p.role, (counts.get(p.role) ?? 0) + 1);
    return counts;
  }, [participants]);

  const add = () => {
    const role = newRole.trim();
    if (role === '') return;
    if (indexOfRole(roles, role) >= 0) return setProblem(t('roles.exists', { role }));
    if (roles.length >= MAX_ROLES) return setProblem(t('roles.tooMany', { max: MAX_ROLES }));
    dispatch({ type: 'role.add', role });
    setNewRole('');
    setProblem(null);
  };

  const remove = (role: string) => {
    dispatch({ type: 'role.remove', role });
    const count = used.get(role) ?? 0;
    if (count > 0) toast(t('roles.removedUsed', { role, count }));
  };

  return (
    <Dialog
      title={t('roles.title')}
      onClose={onClose}
      actions={
        <Button variant="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <p className="muted">{t('roles.hint')}</p>
      <ol className="roles-list">
        {roles.map((role, index) => (
          <li key={role}>
            <RoleName role={role} roles={roles} />
            <span className="muted roles-list__count">
              {t('participants.people', { count: used.get(role) ?? 0 })}
            </span>
            <div className="row-actions" role="group" aria-label={t('roles.actionsFor', { role })}>
              <Button
                variant="ghost"
                disabled={index === 0}
                onClick={() => dispatch({ type: 'role.move', role, toIndex: index - 1 })}
              >
                <span aria-hidden="true">↑</span>
                <span className="visually-hidden">{t('roles.moveUp', { role })}</span>
              </Button>
              <Button
                variant="ghost"
                disabled={index === roles.length - 1}
                onClick={() => dispatch({ type: 'role.move', role, toIndex: index + 1 })}
              >
                <span aria-hidden="true">↓</span>
                <span className="visually-hidden">{t('roles.moveDown', { role })}</span>
              </Button>
              <Button
                variant="ghost"
                onClick={() => remove(role)}
                aria-label={t('roles.remove', { role })}
              >
                {t('common.delete')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div className="roles-add">
        <div className="field">
          <label htmlFor="roles-new">{t('roles.new')}</label>
          <input
            id="roles-new"
            value={newRole}
            maxLength={100}
            onChange={(e) => {
              setNewRole(e.target.value);
              setProblem(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <Button onClick={add} disabled={newRole.trim() === ''}>
          {t('roles.add')}
        </Button>
      </div>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  );
}

/** A role's name, renamed when the field is left or Enter pressed; Escape puts it back. */
function RoleName({ role, roles }: { role: string; roles: readonly string[] }) {
  const t = useT();
  const dispatch = useDispatch();
  const [draft, setDraft] = useState(role);
  const commit = () => {
    const to = draft.trim();
    if (to === '' || to === role) return setDraft(role);
    dispatch({ type: 'role.rename', from: role, to });
    // Renamed onto another role: the field goes with the merged one.
    if (indexOfRole(roles, to) >= 0) setDraft(role);
  };
  return (
    <input
      className="roles-list__name"
      aria-label={t('roles.nameOf', { role })}
      value={draft}
      maxLength={100}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape' && draft !== role) {
          // A first Escape puts the name back; the next one closes the dialog.
          e.preventDefault();
          e.stopPropagation();
          setDraft(role);
        }
      }}
    />
  );
}
