/**
 * « Quels sont vos prochains petits pas ? »: what, who (a participant or any name), by when,
 * which group. Per sequence under its board, and for the whole session grouped by sequence.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Action } from '../../../../shared/model/actions';
import { newId } from '../../../../shared/model/ids';
import type { Participant } from '../../../../shared/model/participants';
import { useT } from '../../../i18n/I18nProvider';
import {
  useDispatch,
  useSession,
  useSessionController,
  useSessionState,
} from '../../../store/SessionProvider';
import { Button } from '../../../ui/Button';
import { useToast } from '../../../ui/Toasts';
import { symbols } from '../../../ui/symbols';
import { SequenceSelect } from '../../agenda/SequenceSelect';

const statuses = ['open', 'done', 'dropped'] as const;

const fullName = (p: Participant) => [p.firstName, p.lastName].filter(Boolean).join(' ');

/** The participant an owner's name designates, when it is exactly one of them. */
function ownerFields(owner: string, participants: readonly Participant[]) {
  const name = owner.replace(/\s+/g, ' ').trim();
  const match = participants.find(
    (p) => fullName(p).toLocaleLowerCase('fr') === name.toLocaleLowerCase('fr'),
  );
  return { owner: match ? fullName(match) : name, ownerParticipantId: match?.id ?? null };
}

export function NextSteps({
  sequenceId,
  groups = [],
}: {
  sequenceId: string | 'all';
  groups?: string[];
}) {
  const t = useT();
  const actions = useSession((s) => s.actions);
  const agenda = useSession((s) => s.agenda);
  const participants = useSession((s) => s.participants);
  const readOnly = useSessionState((s) => s.readOnly);
  const listId = useId();
  const sequence = agenda.find((s) => s.id === sequenceId);

  const sections = useMemo(() => {
    if (sequenceId !== 'all')
      return [
        {
          id: sequenceId,
          title: null,
          actions: actions.filter((a) => a.sequenceId === sequenceId),
        },
      ];
    const known = new Set(agenda.map((s) => s.id));
    const bySequence = agenda
      .map((s) => ({
        id: s.id as string | null,
        title: s.title as string | null,
        actions: actions.filter((a) => a.sequenceId === s.id),
      }))
      .filter((s) => s.actions.length > 0);
    const rest = actions.filter((a) => a.sequenceId === null || !known.has(a.sequenceId));
    if (rest.length > 0)
      bySequence.push({ id: null, title: t('actions.noSequence'), actions: rest });
    return bySequence;
  }, [actions, agenda, sequenceId, t]);

  const allGroups = useMemo(
    () => [...new Set([...groups, ...actions.map((a) => a.group).filter((g) => g !== null)])],
    [groups, actions],
  );

  return (
    <div className="next-steps">
      {sequenceId !== 'all' && (
        <h3>{t('actions.forSequence', { sequence: sequence?.title ?? '' })}</h3>
      )}
      <datalist id={`${listId}-people`}>
        {participants.map((p) => (
          <option key={p.id} value={fullName(p)} />
        ))}
      </datalist>
      <datalist id={`${listId}-groups`}>
        {allGroups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      {!readOnly && (
        <AddAction
          sequenceId={sequenceId === 'all' ? null : sequenceId}
          chooseSequence={sequenceId === 'all'}
          listId={listId}
          participants={participants}
        />
      )}
      {sections.every((s) => s.actions.length === 0) && (
        <p className="muted">{t('actions.none')}</p>
      )}
      {sections.map(
        (section) =>
          section.actions.length > 0 && (
            <section key={section.id ?? 'none'} className="next-steps__section">
              {section.title && <h3>{section.title}</h3>}
              <table className="next-steps__table">
                <thead>
                  <tr>
                    <th scope="col">{t('actions.text')}</th>
                    <th scope="col">{t('actions.owner')}</th>
                    <th scope="col">{t('actions.due')}</th>
                    <th scope="col">{t('actions.group')}</th>
                    <th scope="col">{t('actions.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('common.delete')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {section.actions.map((action) => (
                    <ActionRow
                      key={action.id}
                      action={action}
                      listId={listId}
                      participants={participants}
                      readOnly={readOnly}
                    />
                  ))}
                </tbody>
              </table>
            </section>
          ),
      )}
    </div>
  );
}

function AddAction({
  sequenceId,
  chooseSequence,
  listId,
  participants,
}: {
  sequenceId: string | null;
  chooseSequence: boolean;
  listId: string;
  participants: readonly Participant[];
}) {
  const t = useT();
  const dispatch = useDispatch();
  const agenda = useSession((s) => s.agenda);
  const id = useId();
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [group, setGroup] = useState('');
  const [sequence, setSequence] = useState<string | null>(sequenceId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const what = text.replace(/\s+/g, ' ').trim();
    if (!what) return;
    dispatch({
      type: 'action.add',
      action: {
        id: newId(),
        sequenceId: sequence,
        text: what,
        ...ownerFields(owner, participants),
        due: due || null,
        group: group.trim() || null,
        status: 'open',
      },
    });
    setText('');
    setOwner('');
    setDue('');
    document.getElementById(`${id}-text`)?.focus();
  };

  return (
    <form className="next-steps__add" aria-label={t('actions.addForm')} onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('actions.text')}</label>
        <input
          id={`${id}-text`}
          value={text}
          maxLength={5000}
          placeholder={t('actions.textPlaceholder')}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('actions.owner')}</label>
        <input
          id={`${id}-owner`}
          value={owner}
          list={`${listId}-people`}
          maxLength={300}
          placeholder={t('actions.ownerPlaceholder')}
          onChange={(e) => setOwner(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>{t('actions.due')}</label>
        <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('actions.group')}</label>
        <input
          id={`${id}-group`}
          value={group}
          list={`${listId}-groups`}
          maxLength={200}
          onChange={(e) => setGroup(e.target.value)}
        />
      </div>
      {chooseSequence && (
        <SequenceSelect
          label={t('actions.sequence')}
          noneLabel={t('actions.noSequence')}
          agenda={agenda}
          value={sequence}
          onChange={setSequence}
        />
      )}
      <Button type="submit" variant="primary">
        {t('actions.add')}
      </Button>
    </form>
  );
}

function ActionRow({
  action,
  listId,
  participants,
  readOnly,
}: {
  action: Action;
  listId: string;
  participants: readonly Participant[];
  readOnly: boolean;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const update = (fields: Partial<Omit<Action, 'id' | 'createdAt'>>) =>
    dispatch({ type: 'action.update', id: action.id, fields });
  const label = (column: string) => `${column} — ${action.text}`;
  return (
    <tr className={`next-step next-step--${action.status}`}>
      <td>
        <input
          aria-label={label(t('actions.text'))}
          value={action.text}
          readOnly={readOnly}
          maxLength={5000}
          onChange={(e) => update({ text: e.target.value })}
        />
      </td>
      <td>
        <input
          aria-label={label(t('actions.owner'))}
          value={action.owner}
          list={`${listId}-people`}
          readOnly={readOnly}
          maxLength={300}
          onChange={(e) => {
            const match = ownerFields(e.target.value, participants);
            update({ owner: e.target.value, ownerParticipantId: match.ownerParticipantId });
          }}
        />
      </td>
      <td>
        <input
          aria-label={label(t('actions.due'))}
          type="date"
          value={action.due ?? ''}
          readOnly={readOnly}
          onChange={(e) => update({ due: e.target.value || null })}
        />
      </td>
      <td>
        <input
          aria-label={label(t('actions.group'))}
          value={action.group ?? ''}
          list={`${listId}-groups`}
          readOnly={readOnly}
          maxLength={200}
          onChange={(e) => update({ group: e.target.value || null })}
        />
      </td>
      <td>
        <select
          aria-label={label(t('actions.status'))}
          value={action.status}
          disabled={readOnly}
          onChange={(e) => {
            const status = statuses.find((s) => s === e.target.value);
            if (status) update({ status });
          }}
        >
          <option value="open">{t('actions.status.open')}</option>
          <option value="done">{t('actions.status.done')}</option>
          <option value="dropped">{t('actions.status.dropped')}</option>
        </select>
      </td>
      <td>
        {!readOnly && (
          <button
            type="button"
            className="note__button note__delete"
            aria-label={t('actions.remove', { text: action.text })}
            onClick={() => {
              dispatch({ type: 'action.remove', id: action.id });
              toast(t('actions.removed'), { label: t('common.undo'), run: controller.undo });
            }}
          >
            {symbols.remove}
          </button>
        )}
      </td>
    </tr>
  );
}
