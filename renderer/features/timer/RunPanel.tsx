/**
 * Run mode: the sequence running now with its timer and controls, how the day runs against
 * the plan, what comes next, the room's screen, and the day's sequences with their real times.
 */
import { formatDuration } from '../../../shared/i18n/formatDuration';
import type { LiveRun } from '../../../shared/timer/liveRun';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { RoomControl } from '../projector/RoomControl';
import { CurrentSequence } from './CurrentSequence';
import { RunAgenda } from './RunAgenda';
import { TimerSettings } from './TimerSettings';
import { formatInstantTime, formatMinutesOfDay } from './timeFormat';
import { useLiveRun } from './useLiveRun';
import { useRunControls, type RunControls } from './useRunControls';
import { useRunShortcuts } from './useRunShortcuts';
import './timer.css';

export function RunPanel() {
  const t = useT();
  const live = useLiveRun();
  const controls = useRunControls(live);
  useRunShortcuts(controls);
  return (
    <div className="run">
      <div className="run__main">
        {live.current ? (
          <CurrentSequence live={live} controls={controls} />
        ) : (
          <NotRunning live={live} controls={controls} />
        )}
        <Shortcuts />
      </div>
      <aside className="run__side" aria-label={t('run.side')}>
        <RoomControl />
        <TimerSettings />
      </aside>
      <RunAgenda live={live} controls={controls} />
    </div>
  );
}

/** Before the first sequence, or after the last one. */
function NotRunning({ live, controls }: { live: LiveRun; controls: RunControls }) {
  const t = useT();
  const locale = useLocale();
  if (live.status === 'finished') return <Finished plannedEndMin={live.planned.endMin} />;
  const upcoming = live.upcoming;
  if (!upcoming) return <p className="muted">{t('run.empty')}</p>;
  const planned = live.planned.sequences.find((s) => s.id === upcoming.id);
  return (
    <section className="run-card" aria-labelledby="run-ready">
      <p className="run-card__eyebrow" id="run-ready">
        {t('run.ready')}
      </p>
      <h2 className="run-card__title">{upcoming.title || t('agenda.untitled')}</h2>
      {planned && (
        <p className="run-card__meta">
          {t('run.plannedSpan', {
            start: formatMinutesOfDay(planned.startMin, locale),
            end: formatMinutesOfDay(planned.endMin, locale),
          })}
          {' · '}
          {formatDuration(upcoming.durationMin, t)}
        </p>
      )}
      <div className="run-controls" role="group" aria-label={t('run.controls')}>
        <button
          type="button"
          className="button button--primary run-controls__main"
          onClick={controls.toggle}
          disabled={!controls.canToggle}
          aria-keyshortcuts="Space"
        >
          {t('run.start')}
        </button>
      </div>
    </section>
  );
}

/** The day is over: when it really ended, against the plan. */
function Finished({ plannedEndMin }: { plannedEndMin: number | null }) {
  const t = useT();
  const locale = useLocale();
  const agenda = useSession((s) => s.agenda);
  const ended = agenda.reduce<string | null>(
    (last, s) =>
      s.actualEnd !== null && (last === null || s.actualEnd > last) ? s.actualEnd : last,
    null,
  );
  return (
    <section className="run-card" aria-labelledby="run-finished">
      <h2 className="run-card__title" id="run-finished">
        {t('run.finished')}
      </h2>
      {ended !== null && plannedEndMin !== null && (
        <p className="run-card__meta">
          {t('run.finishedAt', {
            time: formatInstantTime(ended, locale),
            planned: formatMinutesOfDay(plannedEndMin, locale),
          })}
        </p>
      )}
    </section>
  );
}

function Shortcuts() {
  const t = useT();
  const entries = [
    ['run.key.space', 'run.shortcut.toggle'],
    ['run.key.plus', 'run.shortcut.plus'],
    ['run.key.minus', 'run.shortcut.minus'],
    ['run.key.next', 'run.shortcut.next'],
  ] as const;
  return (
    <section className="run-shortcuts" aria-labelledby="run-shortcuts">
      <h3 id="run-shortcuts">{t('run.shortcuts')}</h3>
      <dl>
        {entries.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{t(key)}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
