/** One board: its question, the capture field, the notes by column (or the word cloud), votes, photos and next steps. */
import { useMemo, useState } from 'react';
import { groupsInUse } from '../../../shared/boards/groupCycle';
import { foldText } from '../../../shared/util/foldText';
import { useT } from '../../i18n/I18nProvider';
import { useSession } from '../../store/SessionProvider';
import { NextSteps } from './actions/NextSteps';
import { BoardHeader } from './BoardHeader';
import { BoardLanes } from './lanes/BoardLanes';
import { BoardToolbar } from './BoardToolbar';
import { KeywordBoard } from './keywords/KeywordBoard';
import { NoteCapture } from './NoteCapture';
import { PhotoStrip } from './photos/PhotoStrip';
import { VotePanel } from './votes/VotePanel';

export function BoardView({ boardId }: { boardId: string }) {
  const t = useT();
  const board = useSession((s) => s.boards.find((b) => b.id === boardId));
  const allNotes = useSession((s) => s.notes);
  const notes = useMemo(() => allNotes.filter((n) => n.boardId === boardId), [allNotes, boardId]);
  const [group, setGroup] = useState<string | null>(() => board?.groups[0] ?? null);
  const [targetColumnId, setTargetColumnId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [groupFilter, setGroupFilter] = useState<string | null>(null);
  const [voter, setVoter] = useState<string | null>(null);
  const [revealId, setRevealId] = useState<string | null>(null);
  const groups = useMemo(() => groupsInUse(board?.groups ?? [], notes), [board?.groups, notes]);

  const shown = useMemo(() => {
    const query = foldText(search);
    if (!query && groupFilter === null) return notes;
    return notes.filter(
      (n) =>
        (groupFilter === null || n.group === groupFilter) &&
        (!query || foldText(n.text).includes(query)),
    );
  }, [notes, search, groupFilter]);

  if (!board) return null;
  const target = board.columns.some((c) => c.id === targetColumnId) ? targetColumnId : null;

  return (
    <article className="board" aria-label={board.title}>
      <BoardHeader board={board} />
      <NoteCapture
        board={board}
        group={group}
        onGroupChange={setGroup}
        targetColumnId={target}
        onTargetChange={setTargetColumnId}
        onAdded={setRevealId}
      />
      <BoardToolbar
        board={board}
        notes={notes}
        shownCount={shown.length}
        groups={groups}
        search={search}
        onSearch={setSearch}
        groupFilter={groupFilter}
        onGroupFilter={setGroupFilter}
      />
      {board.voting && (
        <VotePanel board={board} notes={notes} voter={voter} onVoterChange={setVoter} />
      )}
      {board.mode === 'keywords' ? (
        <KeywordBoard notes={notes} shown={shown} />
      ) : (
        <BoardLanes board={board} notes={shown} voter={voter} revealId={revealId} />
      )}
      <section className="board__extras" aria-label={t('photos.ofBoard')}>
        <h3>{t('photos.ofBoard')}</h3>
        <PhotoStrip scope={{ kind: 'board', boardId: board.id, sequenceId: board.sequenceId }} />
      </section>
      {board.sequenceId !== null && (
        <section className="board__extras">
          <NextSteps sequenceId={board.sequenceId} groups={board.groups} />
        </section>
      )}
    </article>
  );
}
