/** The sequence running now: its timer, the controls, the day against the plan, what comes next. */
import { formatDuration } from '../../../shared/i18n/formatDuration';
import type { LiveRun } from '../../../shared/timer/liveRun';
import { countdownText, type TimerView } from '../../../shared/timer/timer';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { Button } from '../../ui/Button';
import { formatMinutesOfDay } from './timeFormat';
import type { RunControls } from './useRunControls';

export function CurrentSequence({ live, controls }: { live: LiveRun; controls: RunControls }) {
  const t = useT();
  const locale = useLocale();
  const sequence = live.current!;
  const timer = live.timer;
  const planned = live.planned.sequences[live.currentIndex];
  const tone = !timer ? 'idle' : timer.isOvertime ? 'over' : live.isWarning ? 'warning' : 'normal';
  return (
    <section className={`run-card run-card--${tone}`} aria-labelledby="run-current">
      <p className="run-card__eyebrow">
        {t('run.now')} · {t(`agenda.kind.${sequence.kind}`)}
        {planned && (
          <>
            {' · '}
            {t('run.plannedSpan', {
              start: formatMinutesOfDay(planned.startMin, locale),
              end: formatMinutesOfDay(planned.endMin, locale),
            })}
          </>
        )}
      </p>
      <h2 className="run-card__title" id="run-current">
        {sequence.title || t('agenda.untitled')}
      </h2>
      {timer && <Countdown timer={timer} isWarning={live.isWarning} />}
      <TimerStatus live={live} />
      <div className="run-controls" role="group" aria-label={t('run.controls')}>
        <button
          type="button"
          className="button button--primary run-controls__main"
          onClick={controls.toggle}
          disabled={!controls.canToggle}
          aria-keyshortcuts="Space"
        >
          {live.status === 'running'
            ? t('run.pause')
            : timer && timer.elapsedMs > 0
              ? t('run.resume')
              : t('run.start')}
        </button>
        <Button
          onClick={() => controls.adjust(-1)}
          disabled={!controls.canAdjust}
          aria-label={t('run.minusOneLabel')}
          aria-keyshortcuts="-"
        >
          {t('run.minusOne')}
        </Button>
        <Button
          onClick={() => controls.adjust(1)}
          disabled={!controls.canAdjust}
          aria-label={t('run.plusOneLabel')}
          aria-keyshortcuts="+"
        >
          {t('run.plusOne')}
        </Button>
        <Button variant="ghost" onClick={controls.reset} disabled={!controls.canAdjust}>
          {t('run.reset')}
        </Button>
        <Button
          className="run-controls__next"
          onClick={controls.next}
          disabled={!controls.canNext}
          aria-keyshortcuts="N"
        >
          {live.upcoming ? t('run.next') : t('run.finish')}
        </Button>
      </div>
      <DayStatus live={live} />
      {sequence.prompt && (
        <section className="run-card__text">
          <h3>{t('run.prompt')}</h3>
          <p className="run-card__prompt">{sequence.prompt}</p>
        </section>
      )}
      {sequence.instructions && (
        <section className="run-card__text">
          <h3>{t('run.instructions')}</h3>
          <p>{sequence.instructions}</p>
        </section>
      )}
      {sequence.facilitatorNotes && (
        <section className="run-card__text run-card__text--notes">
          <h3>{t('run.notes')}</h3>
          <p>{sequence.facilitatorNotes}</p>
        </section>
      )}
    </section>
  );
}

function Countdown({ timer, isWarning }: { timer: TimerView; isWarning: boolean }) {
  const t = useT();
  const { phase } = timer;
  const label =
    phase.kind === 'round'
      ? t('run.timeLeftRound')
      : phase.kind === 'change'
        ? t('run.timeLeftChange')
        : t('run.timeLeft');
  return (
    <div className="run-countdown">
      {phase.kind !== 'single' && (
        <p className="run-countdown__phase">
          {phase.kind === 'change'
            ? t('run.changeThen', { round: phase.round, count: phase.roundCount })
            : t('run.round', { round: phase.round, count: phase.roundCount })}
        </p>
      )}
      <p
        className={[
          'run-countdown__time',
          timer.isOvertime && 'run-countdown__time--over',
          isWarning && 'run-countdown__time--warning',
        ]
          .filter(Boolean)
          .join(' ')}
        role="timer"
        aria-label={label}
      >
        {countdownText(phase.kind === 'single' ? timer.remainingMs : phase.remainingMs)}
      </p>
      {phase.kind !== 'single' && !phase.isLast && (
        <p className="run-countdown__total">
          {t('run.totalLeft', { time: countdownText(timer.remainingMs) })}
        </p>
      )}
      <progress
        className="run-countdown__progress"
        max={Math.max(1, phase.durationMs)}
        value={Math.min(phase.durationMs, phase.durationMs - Math.max(0, phase.remainingMs))}
        aria-hidden="true"
      />
    </div>
  );
}

/** Said once when it changes (a live region), not every second. */
function TimerStatus({ live }: { live: LiveRun }) {
  const t = useT();
  const timer = live.timer;
  const text = !timer
    ? ''
    : timer.isOvertime
      ? t('run.status.overtime')
      : timer.phase.kind === 'change'
        ? t('run.status.change')
        : live.isWarning
          ? t('run.status.warning', { minutes: formatDuration(live.warningMin, t) })
          : timer.isPaused
            ? t('run.status.paused')
            : t('run.status.running');
  return (
    <p className="run-card__status" role="status">
      {text}
    </p>
  );
}

/** How the day runs against the plan: « +7 min de retard · Fin prévue à 12h37 ». */
function DayStatus({ live }: { live: LiveRun }) {
  const t = useT();
  const locale = useLocale();
  const day = live.day;
  if (!day) return null;
  const drift = Math.round(day.driftMin);
  const upcoming = live.upcoming;
  return (
    <div className="run-day">
      <p className="run-day__drift">
        <span className="run-day__label">{t('run.day')}</span>{' '}
        {drift === 0 ? (
          <strong>{t('run.drift.onTime')}</strong>
        ) : (
          <>
            <strong className={drift > 0 ? 'run-day__late' : 'run-day__early'}>
              {drift > 0
                ? t('run.drift.late', { minutes: drift })
                : t('run.drift.early', { minutes: -drift })}
            </strong>{' '}
            {drift > 0 ? t('run.drift.lateHint') : t('run.drift.earlyHint')}
          </>
        )}
        {' · '}
        {t('run.projectedEnd', { time: formatMinutesOfDay(day.endMin, locale) })}
        {day.plannedEndMin !== null && (
          <span className="muted">
            {' '}
            ({t('run.plannedEnd', { time: formatMinutesOfDay(day.plannedEndMin, locale) })})
          </span>
        )}
      </p>
      <p className="run-day__next">
        <span className="run-day__label">{t('run.upNext')}</span>{' '}
        {upcoming && day.next
          ? `${t('run.upNextAt', {
              time: formatMinutesOfDay(day.next.startMin, locale),
              title: upcoming.title || t('agenda.untitled'),
            })} (${formatDuration(upcoming.durationMin, t)})`
          : t('run.lastSequence')}
      </p>
    </div>
  );
}
