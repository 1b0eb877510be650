/** Finding notes on a full board: search, one group at a time, duplicates to merge, a vote to start. */
import { useMemo, useState } from 'react';
import { findDuplicateNotes } from '../../../shared/boards/duplicates';
import type { Board, Note } from '../../../shared/model/boards';
import { useT } from '../../i18n/I18nProvider';
import { useDispatch, useSessionState } from '../../store/SessionProvider';
import { Button } from '../../ui/Button';
import { DuplicatesDialog } from './DuplicatesDialog';

export function BoardToolbar({
  board,
  notes,
  shownCount,
  groups,
  search,
  onSearch,
  groupFilter,
  onGroupFilter,
}: {
  board: Board;
  notes: Note[];
  shownCount: number;
  groups: string[];
  search: string;
  onSearch: (text: string) => void;
  groupFilter: string | null;
  onGroupFilter: (group: string | null) => void;
}) {
  const t = useT();
  const dispatch = useDispatch();
  const readOnly = useSessionState((s) => s.readOnly);
  const duplicates = useMemo(() => findDuplicateNotes(notes), [notes]);
  const [merging, setMerging] = useState(false);
  const duplicateCount = duplicates.reduce((sum, group) => sum + group.length - 1, 0);
  const filtered = search.trim() !== '' || groupFilter !== null;

  return (
    <div className="board-toolbar">
      <div className="board-toolbar__search">
        <label htmlFor={`search-${board.id}`}>{t('toolbar.search')}</label>
        <input
          id={`search-${board.id}`}
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`filter-${board.id}`}>{t('toolbar.filterGroup')}</label>
        <select
          id={`filter-${board.id}`}
          value={groupFilter ?? ''}
          onChange={(e) => onGroupFilter(e.target.value || null)}
        >
          <option value="">{t('toolbar.allGroups')}</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <p className="board-toolbar__shown" role="status">
          {t('toolbar.shown', { count: shownCount, total: notes.length })}
        </p>
      )}
      <div className="board-toolbar__actions">
        {!readOnly && board.mode !== 'keywords' && (
          <Button disabled={duplicateCount === 0} onClick={() => setMerging(true)}>
            {t('toolbar.duplicates', { count: duplicateCount })}
          </Button>
        )}
        {!readOnly && !board.voting && (
          <Button
            onClick={() =>
              dispatch({
                type: 'board.update',
                id: board.id,
                fields: { voting: { dots: 3, per: 'group' } },
              })
            }
          >
            {t('vote.enable')}
          </Button>
        )}
      </div>
      {merging && duplicates.length > 0 && (
        <DuplicatesDialog duplicates={duplicates} onClose={() => setMerging(false)} />
      )}
    </div>
  );
}
