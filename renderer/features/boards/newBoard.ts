/** The boards a facilitator starts from: the 5 components of collective impact, own columns, free clusters, keywords. */
import type { Translate } from '../../../shared/i18n/t';
import { newId } from '../../../shared/model/ids';
import type { Session } from '../../../shared/model/session';
import { noteColors } from '../../../shared/boards/noteColors';
import type { OperationInput } from '../../../shared/session/operations';

export type BoardKind = 'components' | 'columns' | 'clusters' | 'keywords';

export type NewBoard = {
  kind: BoardKind;
  title: string;
  sequenceId: string | null;
  prompt: string;
  /** For `columns`: one title per line. */
  columnTitles: string[];
  groups: string[];
};

export function componentTitles(t: Translate): string[] {
  return [
    t('boards.component.vision'),
    t('boards.component.measure'),
    t('boards.component.actions'),
    t('boards.component.communication'),
    t('boards.component.backbone'),
  ];
}

export function boardAddOperation(
  request: NewBoard,
  t: Translate,
): OperationInput & { type: 'board.add' } {
  const titles =
    request.kind === 'components'
      ? componentTitles(t)
      : request.kind === 'columns'
        ? request.columnTitles
        : [];
  return {
    type: 'board.add',
    board: {
      id: newId(),
      sequenceId: request.sequenceId,
      title: request.title,
      prompt: request.prompt,
      mode:
        request.kind === 'keywords'
          ? 'keywords'
          : request.kind === 'clusters'
            ? 'clusters'
            : 'columns',
      columns: titles.map((title, index) => ({
        id: newId(),
        title,
        color: noteColors[index % noteColors.length]!,
      })),
      groups: request.groups,
      voting: null,
    },
  };
}

/** The groups of the sequence's grouping when there is one, else six tables. */
export function defaultGroups(session: Session, sequenceId: string | null, t: Translate): string[] {
  const grouping = session.groupings.find(
    (g) => g.sequenceId !== null && g.sequenceId === sequenceId,
  );
  const names = grouping?.rounds[0]?.groups.map((g) => g.name).filter(Boolean) ?? [];
  if (names.length > 0) return names;
  return Array.from({ length: 6 }, (_, i) => t('boards.defaultTable', { number: i + 1 }));
}

/** « Table 1, Table 2 » as typed in a field. */
export function parseGroups(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((g) => g.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    ),
  ].slice(0, 200);
}
