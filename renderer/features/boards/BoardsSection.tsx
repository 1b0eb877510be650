/**
 * The « Post-it » part of a session: the boards of each sequence on the side, the chosen one in
 * the middle; the next small steps and the photos of the whole session one click away.
 */
import { useMemo, useState } from 'react';
import type { Board } from '../../../shared/model/boards';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSession, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { ActionReview } from '../cycles/ActionReview';
import { NextSteps } from './actions/NextSteps';
import { BoardView } from './BoardView';
import { boardAddOperation } from './newBoard';
import { NewBoardDialog } from './NewBoardDialog';
import { PhotoStrip } from './photos/PhotoStrip';
import './boards.css';

type Selection = { kind: 'board'; id: string } | { kind: 'actions' } | { kind: 'photos' };

export function BoardsSection() {
  const t = useT();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const boards = useSession((s) => s.boards);
  const notes = useSession((s) => s.notes);
  const agenda = useSession((s) => s.agenda);
  const actionCount = useSession((s) => s.actions.length);
  const photoCount = useSession((s) => s.media.length);
  const currentSequenceId = useSession((s) => s.run.currentSequenceId);
  const [chosen, setChosen] = useState<Selection | null>(null);
  const [creating, setCreating] = useState(false);

  const counts = useMemo(() => {
    const byBoard = new Map<string, number>();
    for (const note of notes) byBoard.set(note.boardId, (byBoard.get(note.boardId) ?? 0) + 1);
    return byBoard;
  }, [notes]);

  const bySequence = useMemo(() => {
    const known = new Set(agenda.map((s) => s.id));
    const groups = agenda
      .map((sequence) => ({
        id: sequence.id as string | null,
        title: sequence.title,
        boards: boards.filter((b) => b.sequenceId === sequence.id),
      }))
      .filter((group) => group.boards.length > 0);
    const outside = boards.filter((b) => b.sequenceId === null || !known.has(b.sequenceId));
    if (outside.length > 0)
      groups.push({ id: null, title: t('boards.outsideAgenda'), boards: outside });
    return groups;
  }, [agenda, boards, t]);

  const fallback: Board | undefined =
    boards.find((b) => b.sequenceId !== null && b.sequenceId === currentSequenceId) ?? boards[0];
  const selection: Selection | null =
    chosen && (chosen.kind !== 'board' || boards.some((b) => b.id === chosen.id))
      ? chosen
      : fallback
        ? { kind: 'board', id: fallback.id }
        : null;

  return (
    <div className="boards">
      <nav className="boards__nav" aria-label={t('boards.nav')}>
        {bySequence.map((group) => (
          <div key={group.id ?? 'outside'} className="boards__group">
            <h3 className="boards__sequence">{group.title}</h3>
            <ul>
              {group.boards.map((board) => (
                <li key={board.id}>
                  <button
                    type="button"
                    className="boards__link"
                    aria-current={
                      selection?.kind === 'board' && selection.id === board.id ? 'true' : undefined
                    }
                    onClick={() => setChosen({ kind: 'board', id: board.id })}
                  >
                    <span>{board.title}</span>
                    <span className="boards__count">
                      {t('boards.noteCount', { count: counts.get(board.id) ?? 0 })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {!readOnly && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('boards.new')}
          </Button>
        )}
        <div className="boards__group boards__group--session">
          <button
            type="button"
            className="boards__link"
            aria-current={selection?.kind === 'actions' ? 'true' : undefined}
            onClick={() => setChosen({ kind: 'actions' })}
          >
            <span>{t('boards.allActions')}</span>
            <span className="boards__count">{t('actions.count', { count: actionCount })}</span>
          </button>
          <button
            type="button"
            className="boards__link"
            aria-current={selection?.kind === 'photos' ? 'true' : undefined}
            onClick={() => setChosen({ kind: 'photos' })}
          >
            <span>{t('boards.allPhotos')}</span>
            <span className="boards__count">{photoCount}</span>
          </button>
        </div>
      </nav>
      <div className="boards__main">
        {selection === null && <p className="muted">{t('boards.none')}</p>}
        {selection?.kind === 'board' && <BoardView key={selection.id} boardId={selection.id} />}
        {selection?.kind === 'actions' && (
          <>
            <h2 className="boards__heading">{t('actions.wholeSession')}</h2>
            <ActionReview />
            <NextSteps sequenceId="all" />
          </>
        )}
        {selection?.kind === 'photos' && (
          <>
            <h2 className="boards__heading">{t('photos.wholeSession')}</h2>
            <PhotoStrip scope={{ kind: 'session' }} />
          </>
        )}
      </div>
      {creating && (
        <NewBoardDialog
          initialSequenceId={
            currentSequenceId ??
            agenda.find((s) => s.kind === 'sousGroupes' || s.kind === 'worldCafe')?.id ??
            agenda[0]?.id ??
            null
          }
          onClose={() => setCreating(false)}
          onCreate={(request) => {
            const op = boardAddOperation(request, t);
            dispatch(op);
            setCreating(false);
            setChosen({ kind: 'board', id: op.board.id });
          }}
        />
      )}
    </div>
  );
}
