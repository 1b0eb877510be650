/** Next steps (prochains petits pas) as a table: action, owner, due date, group. */
import { formatShortDate } from '../../i18n/formatDate';
import type { Action } from '../../model/actions';
import type { Session } from '../../model/session';
import { cell, text, type Block, type Cell, type Run } from '../documentModel';
import { typeset } from '../sessionLines';
import type { MinutesContext } from './minutesContext';
import { organisationOf } from './people';
import { multiline } from './multiline';

export function stepsTable(
  session: Session,
  actions: readonly Action[],
  ctx: MinutesContext,
  caption: string,
): Block {
  const { t, locale } = ctx;
  const people = new Map(session.participants.map((p) => [p.id, p]));
  const rows: Cell[][] = actions.map((action) => {
    const what: Run[] = multiline(typeset(action.text, locale));
    if (action.status !== 'open')
      what.push(
        text(action.status === 'done' ? t('minutes.stepDone') : t('minutes.stepDropped'), {
          muted: true,
          italic: true,
          breakBefore: true,
        }),
      );
    const person = action.ownerParticipantId ? people.get(action.ownerParticipantId) : undefined;
    const owner = person
      ? ctx.options.anonymise
        ? organisationOf(person, ctx)
        : typeset(action.owner || [person.firstName, person.lastName].join(' ').trim(), locale)
      : typeset(action.owner, locale);
    return [
      { runs: what },
      cell(owner),
      cell(action.due ? formatShortDate(action.due, locale) : ''),
      cell(action.group ? typeset(action.group, locale) : ''),
    ];
  });
  return {
    kind: 'table',
    caption,
    columns: [
      { header: t('minutes.columnAction'), widthPct: 46 },
      { header: t('minutes.columnOwner'), widthPct: 22 },
      { header: t('minutes.columnDue'), widthPct: 16 },
      { header: t('minutes.columnGroup'), widthPct: 16 },
    ],
    rows,
  };
}

/** Actions in the order of the day: by sequence in the agenda, then as they were written. */
export function actionsInDayOrder(session: Session, actions: readonly Action[]): Action[] {
  const rank = new Map(session.agenda.map((s, i) => [s.id, i]));
  const of = (a: Action) =>
    a.sequenceId !== null ? (rank.get(a.sequenceId) ?? Infinity) : Infinity;
  return actions
    .map((action, index) => ({ action, index }))
    .sort(
      (a, b) =>
        of(a.action) - of(b.action) ||
        a.action.createdAt.localeCompare(b.action.createdAt) ||
        a.index - b.index,
    )
    .map(({ action }) => action);
}
