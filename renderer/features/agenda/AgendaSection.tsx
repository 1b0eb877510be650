/**
 * The agenda part of a session: plan it, or run it live. It opens on the live view when a
 * sequence is running (after a reload in the middle of the day, the timer is right there).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { RunPanel } from '../timer/RunPanel';
import { TimerStrip } from '../timer/TimerStrip';
import { ActionReview } from '../cycles/ActionReview';
import { AgendaEditor } from './AgendaEditor';
import './agenda.css';

const modes = [
  { id: 'plan', label: 'agenda.plan' },
  { id: 'run', label: 'agenda.run' },
] as const;
type Mode = (typeof modes)[number]['id'];

export function AgendaSection() {
  const t = useT();
  const isRunning = useSession((s) => s.run.currentSequenceId !== null);
  const [mode, setMode] = useState<Mode>(isRunning ? 'run' : 'plan');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);

  // Live, the timer matters more than the session's header: on a 720-pixel-high laptop
  // screen, it would be below the fold.
  useEffect(() => {
    if (mode === 'run') root.current?.scrollIntoView?.({ block: 'start' });
  }, [mode]);

  // Tabs pattern: arrows move between tabs, and choose them.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = modes.findIndex((m) => m.id === mode);
    const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + modes.length) % modes.length;
    setMode(modes[next]!.id);
    tabs.current[next]?.focus();
  };

  return (
    <div className="agenda-section" ref={root}>
      <ActionReview />
      <div
        className="agenda-tabs"
        role="tablist"
        aria-label={t('agenda.modes')}
        onKeyDown={onKeyDown}
      >
        {modes.map((m, index) => (
          <button
            key={m.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`agenda-tab-${m.id}`}
            aria-selected={mode === m.id}
            aria-controls={`agenda-panel-${m.id}`}
            tabIndex={mode === m.id ? 0 : -1}
            className="agenda-tabs__tab"
            onClick={() => setMode(m.id)}
          >
            {t(m.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`agenda-panel-${mode}`}
        aria-labelledby={`agenda-tab-${mode}`}
        className="agenda-section__panel"
      >
        {mode === 'plan' ? (
          <>
            <TimerStrip onOpenRun={() => setMode('run')} />
            <AgendaEditor />
          </>
        ) : (
          <RunPanel />
        )}
      </div>
    </div>
  );
}
