/**
 * The "Groupes" section: a session's groupings (one per sequence that needs groups), each with
 * its settings, the generation (in a worker, with progress and a stop button), the groups per
 * round as cards adjusted by hand, the score in words, the room's display and the export.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { readParams, type GroupingParams } from '../../../shared/grouping/params';
import type { Strategy } from '../../../shared/grouping/types';
import type { Grouping } from '../../../shared/model/groupings';
import type { Participant } from '../../../shared/model/participants';
import { newId } from '../../../shared/model/ids';
import { useT } from '../../i18n/I18nProvider';
import {
  useDispatch,
  useSession,
  useSessionController,
  useSessionState,
} from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/Toasts';
import { useErrorText } from '../errors/useErrorText';
import { useExport } from '../exports/useExport';
import { GroupBoard } from './GroupBoard';
import { GroupingSettings } from './GroupingSettings';
import { newGrouping, withPlan } from './newGrouping';
import { ScoreSummary } from './ScoreSummary';
import { useGroupingRun } from './useGroupingRun';
import { WhoGoesWhere } from './WhoGoesWhere';
import './groups.css';

export function GroupsSection() {
  const t = useT();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const readOnly = useSessionState((s) => s.readOnly);
  const groupings = useSession((s) => s.groupings);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = groupings.find((g) => g.id === selectedId) ?? groupings.at(-1) ?? null;

  const create = () => {
    const grouping = newGrouping(controller.getState().session, {
      id: newId(),
      now: new Date().toISOString(),
      fallbackName: t('groups.defaultName', { number: groupings.length + 1 }),
    });
    dispatch({ type: 'grouping.add', grouping });
    setSelectedId(grouping.id);
  };

  return (
    <div className="groups">
      <div className="groups__bar">
        {groupings.length > 1 && (
          <SelectField
            label={t('groups.choose')}
            value={selected?.id ?? ''}
            onChange={(e) => setSelectedId(e.target.value)}
          >
            {groupings.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name || t('groups.untitled')}
              </option>
            ))}
          </SelectField>
        )}
        <Button
          variant={groupings.length === 0 ? 'primary' : 'secondary'}
          onClick={create}
          disabled={readOnly}
        >
          {t('groups.new')}
        </Button>
      </div>
      {selected ? (
        <GroupingEditor key={selected.id} grouping={selected} readOnly={readOnly} />
      ) : (
        <p className="muted">{t('groups.empty')}</p>
      )}
    </div>
  );
}

function GroupingEditor({ grouping, readOnly }: { grouping: Grouping; readOnly: boolean }) {
  const t = useT();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const errorText = useErrorText();
  const agenda = useSession((s) => s.agenda);
  const participants = useSession((s) => s.participants);
  const params = useMemo(() => readParams(grouping.params), [grouping.params]);
  const run = useGroupingRun(grouping);
  const isRunning = run.state.status === 'running';
  const hasGroups = grouping.rounds.length > 0;

  const update = (patch: Partial<GroupingParams>) =>
    dispatch({
      type: 'grouping.update',
      id: grouping.id,
      fields: { params: { ...params, ...patch } },
    });
  const setStrategy = (strategy: Strategy) =>
    dispatch({
      type: 'grouping.update',
      id: grouping.id,
      fields: {
        strategy,
        params: {
          ...params,
          rounds: strategy === 'rotation' && params.rounds === 1 ? 4 : params.rounds,
        },
      },
    });

  const remove = () => {
    dispatch({ type: 'grouping.remove', id: grouping.id });
    toast(t('groups.removed', { name: grouping.name || t('groups.untitled') }), {
      label: t('common.undo'),
      run: controller.undo,
    });
  };

  return (
    <article className="grouping" aria-label={grouping.name || t('groups.untitled')}>
      <div className="grouping__header">
        <TextField
          label={t('groups.name')}
          value={grouping.name}
          maxLength={200}
          readOnly={readOnly}
          onChange={(e) =>
            dispatch({ type: 'grouping.update', id: grouping.id, fields: { name: e.target.value } })
          }
        />
        <SelectField
          label={t('groups.sequence')}
          value={grouping.sequenceId ?? ''}
          disabled={readOnly}
          onChange={(e) => {
            const sequence = agenda.find((s) => s.id === e.target.value);
            dispatch({
              type: 'grouping.update',
              id: grouping.id,
              fields: {
                sequenceId: e.target.value || null,
                // Chosen before any group is formed, a sequence's plan sets up the form.
                ...(sequence && !hasGroups ? withPlan(sequence, params) : {}),
              },
            });
          }}
        >
          <option value="">{t('groups.noSequence')}</option>
          {agenda.map((sequence) => (
            <option key={sequence.id} value={sequence.id}>
              {sequence.title}
            </option>
          ))}
        </SelectField>
        <Button variant="ghost" onClick={remove} disabled={readOnly || isRunning}>
          {t('groups.remove')}
        </Button>
      </div>

      <details className="grouping__settings" open={!hasGroups}>
        <summary>{t('groups.settings')}</summary>
        <GroupingSettings
          grouping={grouping}
          params={params}
          update={update}
          setStrategy={setStrategy}
          disabled={readOnly || isRunning}
        />
      </details>

      <div className="grouping__run">
        <Button variant="primary" onClick={run.start} disabled={readOnly || isRunning}>
          {hasGroups ? t('groups.regenerate') : t('groups.generate')}
        </Button>
        {hasGroups && !isRunning && (
          <span className="field__hint">{t('groups.regenerateHint')}</span>
        )}
        {isRunning && (
          <>
            <progress
              className="grouping__progress"
              max={1}
              value={run.state.status === 'running' ? run.state.fraction : 0}
              aria-label={t('groups.progress')}
            />
            <Button onClick={run.cancel}>{t('groups.stop')}</Button>
          </>
        )}
        <span className="visually-hidden" role="status">
          {isRunning ? t('groups.running') : ''}
        </span>
      </div>
      {run.state.status === 'failed' && (
        <p className="notice notice--error" role="alert">
          {errorText(run.state.error)}
        </p>
      )}

      {hasGroups && (
        <GroupingResult grouping={grouping} participants={participants} readOnly={readOnly} />
      )}
    </article>
  );
}

function GroupingResult({
  grouping,
  participants,
  readOnly,
}: {
  grouping: Grouping;
  participants: Participant[];
  readOnly: boolean;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const roomView = useSession((s) => s.run.roomView);
  const { run: exportDocument, busy } = useExport();
  const people = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const roundCount = grouping.rounds.length;
  const hasOverview = roundCount > 1;
  // A tab per round, then "who goes where" (index = roundCount).
  const [tab, setTab] = useState(0);
  const current = Math.min(tab, hasOverview ? roundCount : roundCount - 1);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const tabCount = roundCount + (hasOverview ? 1 : 0);
  const shownRound = current < roundCount ? current : null;
  const isShown =
    roomView.kind === 'grouping' &&
    roomView.groupingId === grouping.id &&
    roomView.round === shownRound;

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = (current + step + tabCount) % tabCount;
    setTab(next);
    tabs.current[next]?.focus();
  };
  const tabLabel = (index: number) =>
    index < roundCount ? t('groups.round', { number: index + 1 }) : t('groups.whoGoesWhere.tab');

  return (
    <div className="grouping__result">
      <ScoreSummary grouping={grouping} />
      <div className="grouping__actions">
        <Button
          variant="primary"
          onClick={() =>
            dispatch({
              type: 'room.show',
              view: { kind: 'grouping', groupingId: grouping.id, round: shownRound },
            })
          }
          disabled={readOnly}
          aria-describedby={`shown-${grouping.id}`}
        >
          {t('groups.show')}
        </Button>
        <span id={`shown-${grouping.id}`} className="field__hint">
          {isShown
            ? t('groups.shownNow', { what: tabLabel(current) })
            : t('groups.showWhat', { what: tabLabel(current) })}
        </span>
        <Button
          onClick={() => void exportDocument({ kind: 'groups', groupingId: grouping.id })}
          disabled={busy !== null}
        >
          {busy === 'groups' ? t('exports.working') : t('groups.export')}
        </Button>
      </div>
      {tabCount > 1 && (
        <div
          className="grouping__tabs"
          role="tablist"
          aria-label={t('groups.rounds')}
          onKeyDown={onTabKey}
        >
          {Array.from({ length: tabCount }, (_, index) => (
            <button
              key={index}
              ref={(node) => {
                tabs.current[index] = node;
              }}
              type="button"
              role="tab"
              id={`tab-${grouping.id}-${index}`}
              aria-selected={index === current}
              aria-controls={`panel-${grouping.id}`}
              tabIndex={index === current ? 0 : -1}
              className="grouping__tab"
              onClick={() => setTab(index)}
            >
              {tabLabel(index)}
            </button>
          ))}
        </div>
      )}
      <div
        id={`panel-${grouping.id}`}
        role={tabCount > 1 ? 'tabpanel' : undefined}
        aria-labelledby={tabCount > 1 ? `tab-${grouping.id}-${current}` : undefined}
      >
        {shownRound === null ? (
          <WhoGoesWhere grouping={grouping} people={people} />
        ) : (
          <GroupBoard grouping={grouping} round={shownRound} people={people} readOnly={readOnly} />
        )}
      </div>
      {shownRound !== null && !readOnly && <p className="field__hint">{t('groups.dnd.hint')}</p>}
    </div>
  );
}
