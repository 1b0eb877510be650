/**
 * The methods library in the agenda editor: « Insérer une méthode » (one operation, one undo)
 * and « Enregistrer comme méthode » (chosen sequences, with their boards, as a personal method
 * file in the library). Personal methods are edited and deleted from the insert dialog.
 */
import { useState } from 'react';
import type { MethodSummary } from '../../../shared/contract';
import { newId } from '../../../shared/model/ids';
import { instantiateMethod, methodFromSequences, type Method } from '../../../shared/model/method';
import { useApi } from '../../api/ApiProvider';
import { useT } from '../../i18n/I18nProvider';
import {
  useDispatch,
  useSession,
  useSessionController,
  useSessionState,
} from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { useErrorText } from '../errors/useErrorText';
import { InsertMethodDialog, type InsertPlace } from './InsertMethodDialog';
import { MethodFormDialog, type MethodWords } from './MethodFormDialog';
import { useMethods } from './useMethods';
import './methods.css';

type Open =
  | { kind: 'insert'; methodId: string | null }
  | { kind: 'save' }
  | { kind: 'edit'; method: MethodSummary };

export function AgendaMethods({ selectedId }: { selectedId: string | null }) {
  const t = useT();
  const [open, setOpen] = useState<Open | null>(null);
  const readOnly = useSessionState((s) => s.readOnly);
  return (
    <>
      <Button onClick={() => setOpen({ kind: 'insert', methodId: null })} disabled={readOnly}>
        {t('methods.insertButton')}
      </Button>
      <Button onClick={() => setOpen({ kind: 'save' })}>{t('methods.saveButton')}</Button>
      {open && <MethodDialogs open={open} setOpen={setOpen} selectedId={selectedId} />}
    </>
  );
}

/** Mounted while a dialog is open, so the library is read afresh each time. */
function MethodDialogs({
  open,
  setOpen,
  selectedId,
}: {
  open: Open;
  setOpen: (open: Open | null) => void;
  selectedId: string | null;
}) {
  const t = useT();
  const api = useApi();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const errorText = useErrorText();
  const readOnly = useSessionState((s) => s.readOnly);
  const agenda = useSession((s) => s.agenda);
  const [data, reload] = useMethods();
  const [error, setError] = useState<string | null>(null);
  const selected = agenda.find((s) => s.id === selectedId) ?? null;

  const insert = (method: MethodSummary, place: InsertPlace) => {
    const drafts = instantiateMethod(method, { newId });
    const index = agenda.findIndex((s) => s.id === selectedId);
    dispatch({
      type: 'method.insert',
      ...drafts,
      ...(place === 'after' && index !== -1 ? { index: index + 1 } : {}),
    });
    setOpen(null);
    toast(t('methods.inserted', { title: method.title, count: drafts.sequences.length }), {
      label: t('common.undo'),
      run: controller.undo,
    });
  };

  const save = async (method: Method, after: () => void) => {
    const saved = await api.call('methods.save', { method });
    if (!saved.ok) return setError(errorText(saved.error));
    setError(null);
    toast(t('methods.saved', { title: method.title }));
    await reload();
    after();
  };

  const remove = async (method: MethodSummary) => {
    const removed = await api.call('methods.delete', { id: method.id });
    if (!removed.ok) toast(errorText(removed.error));
    else toast(t('methods.deleted', { title: method.title }));
    await reload();
  };

  switch (open.kind) {
    case 'insert':
      return (
        <InsertMethodDialog
          data={data}
          initialMethodId={open.methodId}
          afterTitle={selected ? selected.title || t('agenda.untitled') : null}
          readOnly={readOnly}
          onInsert={insert}
          onEdit={(method) => setOpen({ kind: 'edit', method })}
          onDelete={(method) => void remove(method)}
          onClose={() => setOpen(null)}
        />
      );
    case 'edit': {
      const { source: _source, totalMin: _total, ...method } = open.method;
      const back = () => {
        setError(null);
        setOpen({ kind: 'insert', methodId: method.id });
      };
      return (
        <MethodFormDialog
          title={t('methods.editTitle')}
          initial={method}
          error={error}
          onSubmit={(words: MethodWords) => void save({ ...method, ...words }, back)}
          onClose={back}
        />
      );
    }
    case 'save':
      return (
        <MethodFormDialog
          title={t('methods.saveTitle')}
          initial={{ title: '', description: '', instructions: '' }}
          sequences={agenda}
          error={error}
          onSubmit={(words, ids) =>
            void save(
              methodFromSequences(controller.getState().session, ids, { id: newId(), ...words }),
              () => setOpen(null),
            )
          }
          onClose={() => setOpen(null)}
        />
      );
  }
}
