/**
 * Keyboard-first capture, at the pace of a room reading aloud: type and Enter adds the note and
 * keeps the focus; Alt+↓ / Alt+↑ change the group it comes from; a paste of many lines makes
 * one note per line (with a look first when there are more than 20).
 */
import { useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { cycleGroup } from '../../../shared/boards/groupCycle';
import { colorOfGroup } from '../../../shared/boards/noteColors';
import { pastedLines } from '../../../shared/boards/pasteLines';
import type { Board } from '../../../shared/model/boards';
import { newId } from '../../../shared/model/ids';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { PastePreviewDialog } from './PastePreviewDialog';

/** Past this many lines, a paste is shown before it is added. */
const PREVIEW_OVER = 20;

export function NoteCapture({
  board,
  group,
  onGroupChange,
  targetColumnId,
  onTargetChange,
  onAdded,
}: {
  board: Board;
  group: string | null;
  onGroupChange: (group: string | null) => void;
  targetColumnId: string | null;
  onTargetChange: (columnId: string | null) => void;
  /** Called with the last note added, to bring it into view. */
  onAdded?: (noteId: string) => void;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [preview, setPreview] = useState<string[] | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const isKeywords = board.mode === 'keywords';
  const groupLabel = group ?? t('capture.noGroup');

  const add = (lines: string[]) => {
    const texts = lines.map((line) => line.slice(0, 10_000)).filter(Boolean);
    if (texts.length === 0) return;
    const ids = texts.map(() => newId());
    dispatch({
      type: 'note.add',
      notes: texts.map((line, index) => ({
        id: ids[index]!,
        boardId: board.id,
        text: line,
        color: colorOfGroup(board.groups, group),
        group,
        author: null,
        columnId: isKeywords ? null : targetColumnId,
      })),
    });
    onAdded?.(ids.at(-1)!);
    setAnnouncement(
      texts.length === 1
        ? t('capture.added', { text: texts[0]!, group: groupLabel })
        : t('capture.addedMany', { count: texts.length }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      onGroupChange(cycleGroup(board.groups, group, event.key === 'ArrowDown' ? 1 : -1));
      return;
    }
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add([text.replace(/\s+/g, ' ').trim()]);
      setText('');
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const lines = pastedLines(event.clipboardData.getData('text/plain'));
    if (lines.length < 2) return;
    event.preventDefault();
    if (lines.length > PREVIEW_OVER) setPreview(lines);
    else add(lines);
  };

  if (readOnly) return null;
  return (
    <div className="capture" role="group" aria-label={t('capture.region')}>
      <div className="capture__group">
        <label htmlFor={`capture-group-${board.id}`}>{t('capture.group')}</label>
        <select
          id={`capture-group-${board.id}`}
          value={group ?? ''}
          onChange={(e) => onGroupChange(e.target.value || null)}
        >
          {board.groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
          <option value="">{t('capture.noGroup')}</option>
        </select>
      </div>
      <div className="capture__text">
        <label htmlFor={`capture-${board.id}`}>
          {isKeywords ? t('capture.keywordLabel') : t('capture.label')}
        </label>
        <input
          ref={input}
          id={`capture-${board.id}`}
          className={`capture__input note-color--${colorOfGroup(board.groups, group)}`}
          value={text}
          autoComplete="off"
          maxLength={10_000}
          placeholder={t('capture.placeholder')}
          aria-describedby={`capture-hint-${board.id}`}
          aria-keyshortcuts="Alt+ArrowDown Alt+ArrowUp"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        <p id={`capture-hint-${board.id}`} className="field__hint">
          {t('capture.groupHint')}
        </p>
      </div>
      {!isKeywords && (
        <div className="capture__target">
          <label htmlFor={`capture-target-${board.id}`}>{t('capture.target')}</label>
          <select
            id={`capture-target-${board.id}`}
            value={targetColumnId ?? ''}
            onChange={(e) => onTargetChange(e.target.value || null)}
          >
            <option value="">{t('lanes.unsorted')}</option>
            {board.columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button
        variant="primary"
        onClick={() => {
          add([text.replace(/\s+/g, ' ').trim()]);
          setText('');
          input.current?.focus();
        }}
      >
        {t('capture.add')}
      </Button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {preview && (
        <PastePreviewDialog
          lines={preview}
          group={groupLabel}
          onClose={() => {
            setPreview(null);
            input.current?.focus();
          }}
          onConfirm={() => {
            add(preview);
            setPreview(null);
            input.current?.focus();
          }}
        />
      )}
    </div>
  );
}
