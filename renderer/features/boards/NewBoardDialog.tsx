import { useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextArea, TextField } from '../../ui/Field';
import { defaultGroups, parseGroups, type BoardKind, type NewBoard } from './newBoard';
import { SequenceSelect } from '../agenda/SequenceSelect';

const kinds: {
  kind: BoardKind;
  label:
    | 'boards.dialog.components'
    | 'boards.dialog.columns'
    | 'boards.dialog.clusters'
    | 'boards.dialog.keywords';
  hint:
    | 'boards.dialog.componentsHint'
    | 'boards.dialog.columnsHint'
    | 'boards.dialog.clustersHint'
    | 'boards.dialog.keywordsHint';
}[] = [
  { kind: 'components', label: 'boards.dialog.components', hint: 'boards.dialog.componentsHint' },
  { kind: 'clusters', label: 'boards.dialog.clusters', hint: 'boards.dialog.clustersHint' },
  { kind: 'columns', label: 'boards.dialog.columns', hint: 'boards.dialog.columnsHint' },
  { kind: 'keywords', label: 'boards.dialog.keywords', hint: 'boards.dialog.keywordsHint' },
];

export function NewBoardDialog({
  initialSequenceId,
  onCreate,
  onClose,
}: {
  initialSequenceId: string | null;
  onCreate: (request: NewBoard) => void;
  onClose: () => void;
}) {
  const t = useT();
  const agenda = useSession((s) => s.agenda);
  const session = useSession((s) => s);
  const [kind, setKind] = useState<BoardKind>('components');
  const [sequenceId, setSequenceId] = useState<string | null>(initialSequenceId);
  const sequence = agenda.find((s) => s.id === sequenceId);
  const [title, setTitle] = useState('');
  const [prompt, setPrompt] = useState(sequence?.prompt ?? '');
  const [columns, setColumns] = useState('');
  const [groups, setGroups] = useState(() =>
    defaultGroups(session, initialSequenceId, t).join(', '),
  );
  const fallbackTitle =
    kind === 'keywords'
      ? t('boards.dialog.keywordsTitle')
      : kind === 'components'
        ? t('boards.dialog.components')
        : t('boards.dialog.defaultTitle');

  return (
    <Dialog
      title={t('boards.dialog.title')}
      onClose={onClose}
      onSubmit={() =>
        onCreate({
          kind,
          title: title.trim() || fallbackTitle,
          sequenceId,
          prompt: prompt.trim(),
          columnTitles: columns
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          groups: parseGroups(groups),
        })
      }
      actions={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('boards.dialog.create')}
          </Button>
        </>
      }
    >
      <SequenceSelect
        label={t('boards.dialog.sequence')}
        noneLabel={t('boards.outsideAgenda')}
        agenda={agenda}
        value={sequenceId}
        onChange={(id) => {
          setSequenceId(id);
          setPrompt(agenda.find((s) => s.id === id)?.prompt ?? prompt);
        }}
      />
      <fieldset className="board-kinds">
        <legend>{t('boards.dialog.kind')}</legend>
        {kinds.map((choice) => (
          <label key={choice.kind} className="board-kinds__option">
            <input
              type="radio"
              name="board-kind"
              checked={kind === choice.kind}
              onChange={() => setKind(choice.kind)}
            />
            <span>
              <strong>{t(choice.label)}</strong>
              <span className="board-kinds__hint">{t(choice.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {kind === 'columns' && (
        <TextArea
          label={t('boards.dialog.columnTitles')}
          hint={t('boards.dialog.columnsHint')}
          rows={4}
          value={columns}
          onChange={(e) => setColumns(e.target.value)}
        />
      )}
      <TextField
        label={t('boards.dialog.name')}
        value={title}
        placeholder={fallbackTitle}
        maxLength={300}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('boards.dialog.prompt')}
        rows={2}
        maxLength={5000}
        value={prompt}
        onChange={(e) => setPrompt(e.target.value)}
      />
      <TextField
        label={t('boards.dialog.groups')}
        hint={t('boards.dialog.groupsHint')}
        value={groups}
        onChange={(e) => setGroups(e.target.value)}
      />
    </Dialog>
  );
}
