/** The board's title and question, edited in place, and what the board shows to the room. */
import { useState } from 'react';
import type { Board } from '../../../shared/model/boards';
import { useT } from '../../i18n/I18nProvider';
import {
  useDispatch,
  useSession,
  useSessionController,
  useSessionState,
} from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { useToast } from '../../ui/Toasts';
import { parseGroups } from './newBoard';

export function BoardHeader({ board }: { board: Board }) {
  const t = useT();
  const dispatch = useDispatch();
  const controller = useSessionController();
  const toast = useToast();
  const readOnly = useSessionState((s) => s.readOnly);
  const roomView = useSession((s) => s.run.roomView);
  // What is typed, while it is typed; otherwise the board's groups (which undo may change).
  const [groupsDraft, setGroupsDraft] = useState<string | null>(null);
  const update = (fields: Partial<Pick<Board, 'title' | 'prompt' | 'groups' | 'voting'>>) =>
    dispatch({ type: 'board.update', id: board.id, fields });
  const onScreen =
    (roomView.kind === 'keywords' || roomView.kind === 'votes') && roomView.boardId === board.id
      ? roomView.kind
      : null;

  return (
    <header className="board__header">
      <div className="board__titles">
        <label className="visually-hidden" htmlFor={`board-title-${board.id}`}>
          {t('board.title')}
        </label>
        <input
          id={`board-title-${board.id}`}
          className="board__title"
          value={board.title}
          readOnly={readOnly}
          maxLength={300}
          onChange={(e) => update({ title: e.target.value })}
        />
        <label className="visually-hidden" htmlFor={`board-prompt-${board.id}`}>
          {t('board.prompt')}
        </label>
        <textarea
          id={`board-prompt-${board.id}`}
          className="board__prompt"
          value={board.prompt}
          readOnly={readOnly}
          rows={Math.min(4, Math.max(1, Math.ceil(board.prompt.length / 110)))}
          maxLength={5000}
          placeholder={t('board.prompt')}
          onChange={(e) => update({ prompt: e.target.value })}
        />
      </div>
      <div className="board__room">
        {onScreen && (
          <span className="badge badge--live" role="status">
            {t('board.onScreen')}
          </span>
        )}
        {board.mode === 'keywords' && onScreen !== 'keywords' && (
          <Button
            variant="primary"
            disabled={readOnly}
            onClick={() =>
              dispatch({ type: 'room.show', view: { kind: 'keywords', boardId: board.id } })
            }
          >
            {t('board.showToRoom')}
          </Button>
        )}
        {board.voting && onScreen !== 'votes' && (
          <Button
            variant={board.mode === 'keywords' ? 'secondary' : 'primary'}
            disabled={readOnly}
            onClick={() =>
              dispatch({ type: 'room.show', view: { kind: 'votes', boardId: board.id } })
            }
          >
            {t('board.showVotesToRoom')}
          </Button>
        )}
        {onScreen && (
          <Button
            variant="ghost"
            disabled={readOnly}
            onClick={() => dispatch({ type: 'room.show', view: { kind: 'timer' } })}
          >
            {t('board.backToTimer')}
          </Button>
        )}
      </div>
      {!readOnly && (
        <details className="board__settings">
          <summary>{t('board.settings')}</summary>
          <div className="board__settings-body">
            <div className="field">
              <label htmlFor={`board-groups-${board.id}`}>{t('board.groups')}</label>
              <input
                id={`board-groups-${board.id}`}
                value={groupsDraft ?? board.groups.join(', ')}
                onChange={(e) => setGroupsDraft(e.target.value)}
                onBlur={() => {
                  if (groupsDraft === null) return;
                  const groups = parseGroups(groupsDraft);
                  setGroupsDraft(null);
                  if (groups.join('\n') !== board.groups.join('\n')) update({ groups });
                }}
              />
              <p className="field__hint">{t('boards.dialog.groupsHint')}</p>
            </div>
            {board.voting && (
              <fieldset className="board__vote-settings">
                <legend>{t('vote.title')}</legend>
                <label>
                  {t('vote.dots')}{' '}
                  <input
                    type="number"
                    min={1}
                    max={100}
                    value={board.voting.dots}
                    onChange={(e) => {
                      const dots = Math.round(Number(e.target.value));
                      if (dots >= 1 && dots <= 100)
                        update({ voting: { dots, per: board.voting!.per } });
                    }}
                  />
                </label>
                <label>
                  {t('vote.per')}{' '}
                  <select
                    value={board.voting.per}
                    onChange={(e) =>
                      update({
                        voting: {
                          dots: board.voting!.dots,
                          per: e.target.value === 'person' ? 'person' : 'group',
                        },
                      })
                    }
                  >
                    <option value="group">{t('vote.perGroup')}</option>
                    <option value="person">{t('vote.perPerson')}</option>
                  </select>
                </label>
                <Button variant="ghost" onClick={() => update({ voting: null })}>
                  {t('vote.stop')}
                </Button>
              </fieldset>
            )}
            <Button
              variant="danger"
              onClick={() => {
                dispatch({ type: 'board.remove', id: board.id });
                toast(t('board.removed', { title: board.title }), {
                  label: t('common.undo'),
                  run: controller.undo,
                });
              }}
            >
              {t('board.remove')}
            </Button>
          </div>
        </details>
      )}
    </header>
  );
}
