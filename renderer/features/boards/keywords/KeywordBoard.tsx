/** A keyword round: the cloud the room will see, and each keyword typed, with its group. */
import type { Note } from '../../../../shared/model/boards';
import { useT } from '../../../i18n/I18nProvider';
import { useDispatch, useSessionController, useSessionState } from '../../../store/SessionProvider';
import { useToast } from '../../../ui/Toasts';
import { WordCloud } from './WordCloud';
import { symbols } from '../../../ui/symbols';

export function KeywordBoard({ notes, shown }: { notes: Note[]; shown: Note[] }) {
  const t = useT();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const readOnly = useSessionState((s) => s.readOnly);
  return (
    <div className="keywords">
      <section className="keywords__cloud" aria-label={t('keywords.cloud')}>
        {notes.length === 0 ? (
          <p className="muted">{t('keywords.empty')}</p>
        ) : (
          <WordCloud notes={notes} size="panel" label={t('keywords.cloud')} />
        )}
      </section>
      <section aria-label={t('keywords.list')}>
        <h3>{t('keywords.list')}</h3>
        <ul className="keywords__list">
          {shown.map((note) => (
            <li key={note.id} className={`keyword note-color--${note.color || 'jaune'}`}>
              <span>{note.text}</span>
              {note.group && <span className="note__group">{note.group}</span>}
              {!readOnly && (
                <button
                  type="button"
                  className="note__button note__delete"
                  aria-label={t('note.delete', { text: note.text })}
                  onClick={() => {
                    dispatch({ type: 'note.remove', ids: [note.id] });
                    toast(t('note.deleted'), { label: t('common.undo'), run: controller.undo });
                  }}
                >
                  {symbols.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
