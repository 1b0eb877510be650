/**
 * The running timer, small, above the other parts of the session: the sequence, its time, and
 * pause or next, without leaving the groups or the sticky notes.
 */
import { countdownText } from '../../../shared/timer/timer';
import { useT } from '../../i18n/I18nProvider';
import { Link } from '../../router/Link';
import { paths } from '../../router/router';
import { useSession } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useLiveRun } from './useLiveRun';
import { useRunControls } from './useRunControls';
import './timer.css';

/** `onOpenRun`: where run mode is a tab away rather than a page away (the agenda's plan). */
export function TimerStrip({ onOpenRun }: { onOpenRun?: () => void }) {
  const t = useT();
  const live = useLiveRun();
  const controls = useRunControls(live);
  const id = useSession((s) => s.id);
  const { current, timer } = live;
  if (!current || !timer) return null;
  const remaining = timer.phase.kind === 'single' ? timer.remainingMs : timer.phase.remainingMs;
  const tone = timer.isOvertime ? 'over' : live.isWarning ? 'warning' : 'normal';
  return (
    <section className={`timer-strip timer-strip--${tone}`} aria-label={t('run.strip')}>
      <span className="timer-strip__title">{current.title || t('agenda.untitled')}</span>
      <span className="timer-strip__time" role="timer">
        {countdownText(remaining)}
      </span>
      <Button variant="ghost" onClick={controls.toggle} disabled={!controls.canToggle}>
        {live.status === 'running' ? t('run.pause') : t('run.resume')}
      </Button>
      <Button variant="ghost" onClick={controls.next} disabled={!controls.canNext}>
        {live.upcoming ? t('run.next') : t('run.finish')}
      </Button>
      {onOpenRun ? (
        <Button variant="ghost" className="timer-strip__link" onClick={onOpenRun}>
          {t('run.openRun')}
        </Button>
      ) : (
        <Link to={paths.session(id, 'agenda')} className="timer-strip__link">
          {t('run.openRun')}
        </Link>
      )}
    </section>
  );
}
