/**
 * Dot voting at the laptop: who is placing dots (a group, a person, or dots counted on the
 * wall), how many they have left, and the ranking as it builds up.
 */
import { useMemo } from 'react';
import { dotsGivenBy, rankByVotes, voteTally } from '../../../../shared/boards/voting';
import type { Board, Note } from '../../../../shared/model/boards';
import { useT } from '../../../i18n/I18nProvider';
import { useSession } from '../../../store/SessionProvider';

export function VotePanel({
  board,
  notes,
  voter,
  onVoterChange,
}: {
  board: Board;
  notes: Note[];
  voter: string | null;
  onVoterChange: (voter: string | null) => void;
}) {
  const t = useT();
  const participants = useSession((s) => s.participants);
  const voting = board.voting!;
  const voters = useMemo(() => {
    if (voting.per === 'group') return board.groups.map((g) => ({ key: g, name: g }));
    const present = participants.filter((p) => p.attendance === 'present');
    return (present.length > 0 ? present : participants).map((p) => ({
      key: p.id,
      name: [p.firstName, p.lastName].filter(Boolean).join(' '),
    }));
  }, [voting.per, board.groups, participants]);
  const tally = voteTally(board, notes, voters.length);
  const ranking = useMemo(() => rankByVotes(notes, { top: 5 }), [notes]);
  const current = voters.find((v) => v.key === voter);
  const left = current ? voting.dots - dotsGivenBy(notes, board.id, current.key) : null;

  return (
    <section className="vote-panel" aria-label={t('vote.title')}>
      <div className="vote-panel__who">
        <label htmlFor={`voter-${board.id}`}>{t('vote.voter')}</label>
        <select
          id={`voter-${board.id}`}
          value={current?.key ?? ''}
          onChange={(e) => onVoterChange(e.target.value || null)}
        >
          <option value="">{t('vote.counted')}</option>
          {voters.map((v) => (
            <option key={v.key} value={v.key}>
              {v.name}
            </option>
          ))}
        </select>
        <p className="vote-panel__left" role="status">
          {current && left !== null
            ? t('vote.left', { voter: current.name, count: Math.max(0, left) })
            : tally.available !== null
              ? t('vote.tally', { given: tally.given, available: tally.available })
              : t('vote.tallyOpen', { count: tally.given })}
        </p>
        <p className="field__hint">{t('vote.keysHint')}</p>
      </div>
      <div className="vote-panel__ranking">
        <h3>{t('vote.ranking')}</h3>
        {ranking.length === 0 ? (
          <p className="muted">{t('vote.noVotes')}</p>
        ) : (
          <ol className="ranking">
            {ranking.map(({ note, rank }) => (
              <li key={note.id}>
                <span className="ranking__rank">{rank}</span>
                <span className="ranking__text">{note.text}</span>
                <span className="ranking__votes">{t('note.votes', { count: note.votes })}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
