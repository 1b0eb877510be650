/** The day's sequences as they run: planned time, real start and end, and a way to jump to one. */
import { formatDuration } from '../../../shared/i18n/formatDuration';
import type { LiveRun } from '../../../shared/timer/liveRun';
import { useLocale, useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { formatInstantTime, formatMinutesOfDay } from './timeFormat';
import type { RunControls } from './useRunControls';

export function RunAgenda({ live, controls }: { live: LiveRun; controls: RunControls }) {
  const t = useT();
  const locale = useLocale();
  const agenda = useSession((s) => s.agenda);
  if (agenda.length === 0) return null;
  return (
    <section className="run-agenda" aria-labelledby="run-agenda">
      <h3 id="run-agenda">{t('run.agenda')}</h3>
      <ol>
        {agenda.map((sequence, index) => {
          const planned = live.planned.sequences[index]!;
          const isCurrent = sequence.id === live.current?.id;
          const title = sequence.title || t('agenda.untitled');
          return (
            <li
              key={sequence.id}
              className={
                isCurrent ? 'run-agenda__item run-agenda__item--current' : 'run-agenda__item'
              }
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span className="run-agenda__time">
                {formatMinutesOfDay(planned.startMin, locale)}
              </span>
              <span className="run-agenda__title">
                {title}
                <span className="run-agenda__meta">
                  {formatDuration(sequence.durationMin, t)}
                  {sequence.actualStart &&
                    ` · ${
                      sequence.actualEnd && !isCurrent
                        ? t('run.actual', {
                            start: formatInstantTime(sequence.actualStart, locale),
                            end: formatInstantTime(sequence.actualEnd, locale),
                          })
                        : t('run.actualSince', {
                            start: formatInstantTime(sequence.actualStart, locale),
                          })
                    }`}
                </span>
              </span>
              {isCurrent ? (
                <span className="badge">{t('run.state.current')}</span>
              ) : (
                <Button
                  variant="ghost"
                  onClick={() => controls.startSequence(sequence.id)}
                  disabled={!controls.canStart}
                  aria-label={t('run.startThisLabel', { title })}
                >
                  {t('run.startThis')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
