/**
 * What the room sees of a board, live: the word cloud of a keyword round, the top of a dot vote.
 * Large type on black, for a washed-out projector and the back row.
 */
import { useMemo } from 'react';
import { rankByVotes } from '../../../../shared/boards/voting';
import { useT } from '../../../i18n/I18nProvider';
import { useSession } from '../../../store/SessionProvider';
import type { RoomViewProps } from '../../projector/roomViews';
import { WordCloud } from '../keywords/WordCloud';
import '../boards.css';

function useBoardNotes(boardId: string) {
  const board = useSession((s) => s.boards.find((b) => b.id === boardId));
  const allNotes = useSession((s) => s.notes);
  const notes = useMemo(() => allNotes.filter((n) => n.boardId === boardId), [allNotes, boardId]);
  return { board, notes };
}

export function KeywordsRoomView({ view }: RoomViewProps<'keywords'>) {
  const t = useT();
  const { board, notes } = useBoardNotes(view.boardId);
  if (!board) return <p className="room__title">{t('room.boardGone')}</p>;
  return (
    <div className="room-board">
      <p className="room-board__prompt">{board.prompt || board.title}</p>
      {notes.length === 0 ? (
        <p className="room__title">{t('room.keywordsEmpty')}</p>
      ) : (
        <WordCloud notes={notes} size="room" label={t('keywords.cloud')} />
      )}
    </div>
  );
}

export function VotesRoomView({ view }: RoomViewProps<'votes'>) {
  const t = useT();
  const { board, notes } = useBoardNotes(view.boardId);
  const ranking = useMemo(() => rankByVotes(notes, { top: 5 }), [notes]);
  if (!board) return <p className="room__title">{t('room.boardGone')}</p>;
  const most = ranking[0]?.note.votes ?? 1;
  return (
    <div className="room-board">
      <p className="room-board__prompt">{board.prompt || board.title}</p>
      {ranking.length === 0 ? (
        <p className="room__title">{t('room.votesEmpty')}</p>
      ) : (
        <ol className="room-ranking">
          {ranking.map(({ note, rank }) => (
            <li key={note.id}>
              <span className="room-ranking__rank">{rank}</span>
              <span className="room-ranking__text">{note.text}</span>
              <span
                className="room-ranking__bar"
                style={{ width: `${(note.votes / most) * 100}%` }}
              />
              <span className="room-ranking__votes">{t('room.votes', { count: note.votes })}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
