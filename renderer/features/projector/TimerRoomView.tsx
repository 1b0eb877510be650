/**
 * What the room reads from the back: the sequence's title, its time left very large, its
 * question. During a break, when to come back; during a world café, the round and the change
 * of tables; in overtime, the time counts up in red. Derived from the same clock and the same
 * data as the facilitator's window, so both show the same second.
 */
import type { Sequence } from '../../../shared/model/agenda';
import type { LiveRun } from '../../../shared/timer/liveRun';
import { countdownText, type TimerView } from '../../../shared/timer/timer';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { formatInstantTime, formatMinutesOfDay } from '../timer/timeFormat';
import { useLiveRun } from '../timer/useLiveRun';

export function TimerRoomView() {
  const live = useLiveRun();
  if (live.status === 'finished') return <Thanks />;
  if (!live.current || !live.timer) return <BeforeStart live={live} />;
  return <Running live={live} sequence={live.current} timer={live.timer} />;
}

function Running({
  live,
  sequence,
  timer,
}: {
  live: LiveRun;
  sequence: Sequence;
  timer: TimerView;
}) {
  const t = useT();
  const locale = useLocale();
  const { phase } = timer;
  const shown = phase.kind === 'single' ? timer.remainingMs : phase.remainingMs;
  const time = (
    <p
      className={[
        'room__time',
        timer.isOvertime && 'room__time--over',
        live.isWarning && 'room__time--warning',
      ]
        .filter(Boolean)
        .join(' ')}
      role="timer"
      aria-label={t('projector.remaining')}
    >
      {countdownText(shown)}
    </p>
  );
  if (sequence.kind === 'pause')
    return (
      <>
        <p className="room__headline">
          {t('projector.pauseUntil', { time: formatInstantTime(timer.endsAt, locale) })}
        </p>
        {time}
        <Paused timer={timer} />
      </>
    );
  if (phase.kind === 'change')
    return (
      <>
        <p className="room__headline">{t('projector.changeTables')}</p>
        {time}
        <p className="room__subtitle">
          {t('projector.nextRound', { round: phase.round, count: phase.roundCount })}
        </p>
        <Paused timer={timer} />
      </>
    );
  return (
    <>
      <p className="room__title">{sequence.title}</p>
      {phase.kind === 'round' && (
        <p className="room__subtitle">
          {t('projector.round', { round: phase.round, count: phase.roundCount })}
        </p>
      )}
      {time}
      {timer.isOvertime && (
        <p className="room__subtitle room__subtitle--over">{t('projector.timeUp')}</p>
      )}
      <Paused timer={timer} />
      {sequence.prompt && <Prompt text={sequence.prompt} />}
    </>
  );
}

function Paused({ timer }: { timer: TimerView }) {
  const t = useT();
  if (!timer.isPaused) return null;
  return <p className="room__badge">{t('projector.paused')}</p>;
}

/** Long questions get smaller type, so that they always fit under the time. */
function Prompt({ text }: { text: string }) {
  const size = text.length <= 140 ? 'short' : text.length <= 320 ? 'medium' : 'long';
  return <p className={`room__prompt room__prompt--${size}`}>{text}</p>;
}

function BeforeStart({ live }: { live: LiveRun }) {
  const t = useT();
  const locale = useLocale();
  const title = useSession((s) => s.title);
  const upcoming = live.upcoming;
  const planned = upcoming ? live.planned.sequences.find((s) => s.id === upcoming.id) : undefined;
  return (
    <>
      {title && <p className="room__subtitle">{title}</p>}
      <p className="room__title">{t('projector.waiting')}</p>
      {upcoming && planned && (
        <p className="room__subtitle">
          {t('projector.firstUp', {
            title: upcoming.title,
            time: formatMinutesOfDay(planned.startMin, locale),
          })}
        </p>
      )}
    </>
  );
}

function Thanks() {
  const t = useT();
  const title = useSession((s) => s.title);
  return (
    <>
      <p className="room__headline">{t('projector.thanks')}</p>
      {title && <p className="room__subtitle">{title}</p>}
    </>
  );
}

/** Along the bottom while the room sees something else (groups, votes): the time left. */
export function RoomTimerStrip() {
  const t = useT();
  const live = useLiveRun();
  const { current, timer } = live;
  if (!current || !timer) return null;
  const shown = timer.phase.kind === 'single' ? timer.remainingMs : timer.phase.remainingMs;
  const tone = timer.isOvertime
    ? ' room-strip--over'
    : live.isWarning
      ? ' room-strip--warning'
      : '';
  return (
    <p className={`room-strip${tone}`} role="timer" aria-label={t('projector.remaining')}>
      {t('projector.strip', {
        title: timer.phase.kind === 'change' ? t('projector.changeTables') : current.title,
        time: countdownText(shown),
      })}
    </p>
  );
}
