/** The session's timer settings: when it warns, and whether it chimes. */
import { useId } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { NumberField } from '../../ui/NumberField';

export function TimerSettings() {
  const t = useT();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const warningMin = useSession((s) => s.options.timerWarningMin);
  const isMuted = useSession((s) => s.options.chimeMuted);
  const chimeId = useId();
  return (
    <section className="run-box" aria-labelledby="timer-settings">
      <h3 id="timer-settings">{t('run.settings')}</h3>
      <NumberField
        label={t('run.warningMin')}
        className="run-box__number"
        value={warningMin}
        min={0}
        max={60}
        step={1}
        readOnly={readOnly}
        onValue={(value) =>
          dispatch({ type: 'run.configure', options: { timerWarningMin: value } })
        }
      />
      <div className="checkbox">
        <input
          id={chimeId}
          type="checkbox"
          checked={!isMuted}
          disabled={readOnly}
          onChange={(e) =>
            dispatch({ type: 'run.configure', options: { chimeMuted: !e.target.checked } })
          }
        />
        <label htmlFor={chimeId}>{t('run.chime')}</label>
      </div>
    </section>
  );
}
