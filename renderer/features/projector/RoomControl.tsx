/**
 * The facilitator's hold on the room's screen: open it (the projector window, or a tab in the
 * browser build), or the fixed 1280 × 720 window to share in a video call; see what it shows,
 * bring the timer back, choose its theme. Other features show their own views with `room.show`
 * from their sections.
 */
import { useId } from 'react';
import { projectorThemes } from '../../../shared/model/session';
import { useApi } from '../../api/ApiProvider';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useErrorText } from '../errors/useErrorText';
import { roomViewLabels } from './roomViewLabels';

export function RoomControl() {
  const t = useT();
  const api = useApi();
  const toast = useToast();
  const errorText = useErrorText();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const id = useSession((s) => s.id);
  const view = useSession((s) => s.run.roomView);
  const theme = useSession((s) => s.options.projectorTheme);
  const isVideoCall = useSession((s) => s.options.projectorVideoCall);
  const hintId = useId();
  const videoCallId = useId();
  const themeName = useId();

  const open = async () => {
    const opened = await api.openProjector(id, { videoCall: isVideoCall });
    if (!opened.ok) toast(errorText(opened.error));
  };

  return (
    <section className="run-box" aria-labelledby="room-control">
      <h3 id="room-control">{t('room.title')}</h3>
      <div className="checkbox">
        <input
          id={videoCallId}
          type="checkbox"
          checked={isVideoCall}
          disabled={readOnly}
          onChange={(e) =>
            dispatch({ type: 'run.configure', options: { projectorVideoCall: e.target.checked } })
          }
        />
        <label htmlFor={videoCallId}>{t('room.videoCall')}</label>
      </div>
      <Button variant="primary" onClick={() => void open()} aria-describedby={hintId}>
        {isVideoCall ? t('room.openVideoCall') : t('room.open')}
      </Button>
      <p className="field__hint run-box__hint" id={hintId}>
        {isVideoCall ? t('room.videoCallHint') : t('room.openHint')}
      </p>
      <p className="run-box__showing" role="status">
        {t('room.showing', { view: t(roomViewLabels[view.kind]) })}
      </p>
      {view.kind !== 'timer' && (
        <Button
          onClick={() => dispatch({ type: 'room.show', view: { kind: 'timer' } })}
          disabled={readOnly}
        >
          {t('room.showTimer')}
        </Button>
      )}
      <fieldset className="run-box__themes">
        <legend>{t('room.theme')}</legend>
        {projectorThemes.map((value) => (
          <label key={value} className="checkbox">
            <input
              type="radio"
              name={themeName}
              value={value}
              checked={theme === value}
              disabled={readOnly}
              onChange={() =>
                dispatch({ type: 'run.configure', options: { projectorTheme: value } })
              }
            />
            {t(`room.theme.${value}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
