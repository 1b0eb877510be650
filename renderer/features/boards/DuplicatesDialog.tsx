/** Notes saying the same thing, merged into the first of each group: dots and authors kept. */
import type { Note } from '../../../shared/model/boards';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { useToast } from '../../ui/Toasts';

export function DuplicatesDialog({
  duplicates,
  onClose,
}: {
  duplicates: Note[][];
  onClose: () => void;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const toast = useToast();
  const merge = (groups: Note[][]) => {
    for (const [target, ...others] of groups)
      dispatch({ type: 'note.merge', targetId: target!.id, ids: others.map((n) => n.id) });
    toast(t('duplicates.merged', { count: groups.reduce((sum, g) => sum + g.length - 1, 0) }));
  };
  return (
    <Dialog
      title={t('duplicates.title')}
      onClose={onClose}
      onSubmit={() => {
        merge(duplicates);
        onClose();
      }}
      actions={
        <>
          <Button onClick={onClose}>{t('common.close')}</Button>
          <Button type="submit" variant="primary">
            {t('duplicates.mergeAll')}
          </Button>
        </>
      }
    >
      <p>{t('duplicates.intro')}</p>
      <ul className="duplicates">
        {duplicates.map((group) => (
          <li key={group[0]!.id} className="duplicates__group">
            <ul>
              {group.map((note) => (
                <li key={note.id}>
                  {note.text} {note.group && <span className="note__group">{note.group}</span>}
                </li>
              ))}
            </ul>
            <Button onClick={() => merge([group])}>
              {t('duplicates.mergeOne', { count: group.length })}
            </Button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
