/** Photos of flipcharts for a board, or for the whole session by sequence: add, turn, caption. */
import { useId, useMemo, useState } from 'react';
import type { Media } from '../../../../shared/model/media';
import { useT } from '../../../i18n/I18nProvider';
import {
  useDispatch,
  useSession,
  useSessionController,
  useSessionState,
} from '../../../store/SessionProvider';
import { useToast } from '../../../ui/Toasts';
import { useErrorText } from '../../errors/useErrorText';
import { usePhotoActions, usePhotoUrl, type PhotoPlace } from './usePhotos';
import { SequenceSelect } from '../../agenda/SequenceSelect';

export type PhotoScope =
  { kind: 'board'; boardId: string; sequenceId: string | null } | { kind: 'session' };

const ACCEPT = 'image/jpeg,image/png,image/heic,image/heif,.jpg,.jpeg,.png,.heic,.heif';

export function PhotoStrip({ scope }: { scope: PhotoScope }) {
  const t = useT();
  const media = useSession((s) => s.media);
  const agenda = useSession((s) => s.agenda);
  const readOnly = useSessionState((s) => s.readOnly);
  const [sequenceId, setSequenceId] = useState<string | null>(null);

  const sections = useMemo(() => {
    if (scope.kind === 'board')
      return [
        {
          key: scope.boardId,
          title: null,
          photos: media.filter((m) => m.boardId === scope.boardId),
        },
      ];
    const known = new Set(agenda.map((s) => s.id));
    const bySequence = agenda
      .map((s) => ({
        key: s.id,
        title: s.title as string | null,
        photos: media.filter((m) => m.sequenceId === s.id),
      }))
      .filter((s) => s.photos.length > 0);
    const rest = media.filter((m) => m.sequenceId === null || !known.has(m.sequenceId));
    if (rest.length > 0)
      bySequence.push({ key: 'none', title: t('actions.noSequence'), photos: rest });
    return bySequence;
  }, [media, agenda, scope, t]);

  const place: PhotoPlace =
    scope.kind === 'board'
      ? { boardId: scope.boardId, sequenceId: scope.sequenceId }
      : { boardId: null, sequenceId };

  return (
    <div className="photos">
      {!readOnly && (
        <div className="photos__add">
          {scope.kind === 'session' && (
            <SequenceSelect
              label={t('photos.sequence')}
              noneLabel={t('actions.noSequence')}
              agenda={agenda}
              value={sequenceId}
              onChange={setSequenceId}
            />
          )}
          <AddPhotoButton place={place} />
        </div>
      )}
      {sections.every((s) => s.photos.length === 0) && <p className="muted">{t('photos.none')}</p>}
      {sections.map(
        (section) =>
          section.photos.length > 0 && (
            <section key={section.key}>
              {section.title && <h3>{section.title}</h3>}
              <ul className="photos__list">
                {section.photos.map((photo) => (
                  <PhotoCard key={photo.id} photo={photo} readOnly={readOnly} />
                ))}
              </ul>
            </section>
          ),
      )}
    </div>
  );
}

function AddPhotoButton({ place }: { place: PhotoPlace }) {
  const t = useT();
  const toast = useToast();
  const errorText = useErrorText();
  const { add } = usePhotoActions();
  const [busy, setBusy] = useState(false);
  const id = useId();
  return (
    <div className="photos__button">
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept={ACCEPT}
        multiple
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={async (event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          setBusy(true);
          try {
            for (const file of files) {
              const added = await add(file, place);
              toast(added.ok ? t('photos.added') : errorText(added.error));
            }
          } finally {
            setBusy(false);
          }
        }}
      />
      <label htmlFor={id} className={`button button--secondary${busy ? ' button--busy' : ''}`}>
        {busy ? t('photos.adding') : t('photos.add')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('photos.hint')}
      </p>
    </div>
  );
}

function PhotoCard({ photo, readOnly }: { photo: Media; readOnly: boolean }) {
  const t = useT();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const errorText = useErrorText();
  const { rotate } = usePhotoActions();
  const url = usePhotoUrl(photo);
  const [turning, setTurning] = useState(false);
  const alt = photo.caption
    ? t('photos.alt', { caption: photo.caption })
    : t('photos.altNoCaption');
  return (
    <li className="photo">
      <div className="photo__frame">
        {url ? (
          <img
            src={url}
            alt={alt}
            width={photo.width || undefined}
            height={photo.height || undefined}
          />
        ) : (
          <span className="muted">{t('photos.loading')}</span>
        )}
      </div>
      <label className="visually-hidden" htmlFor={`caption-${photo.id}`}>
        {t('photos.caption')}
      </label>
      <input
        id={`caption-${photo.id}`}
        className="photo__caption"
        value={photo.caption}
        readOnly={readOnly}
        maxLength={2000}
        placeholder={t('photos.captionPlaceholder')}
        onChange={(e) =>
          dispatch({ type: 'media.update', id: photo.id, fields: { caption: e.target.value } })
        }
      />
      {!readOnly && (
        <div className="photo__tools">
          <button
            type="button"
            className="button button--ghost"
            disabled={turning}
            onClick={async () => {
              setTurning(true);
              const turned = await rotate(photo);
              setTurning(false);
              if (!turned.ok) toast(errorText(turned.error));
            }}
          >
            {t('photos.rotate')}
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              dispatch({ type: 'media.remove', id: photo.id });
              toast(t('photos.removed'), { label: t('common.undo'), run: controller.undo });
            }}
          >
            {t('photos.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
