/**
 * Between a session's grouping and the engine: who is placed and under which constraints
 * (from the participants and the grouping's parameters), what is kept when regenerating (locked
 * groups and people), and how a result becomes tables (same id, name and colour at the same
 * index in every round). Also the request the live score is computed against after moves by hand.
 */
import type { Group, Grouping } from '../model/groupings';
import type { Participant } from '../model/participants';
import type { Session } from '../model/session';
import { foldText } from '../util/foldText';
import { groupCount } from './compile';
import { readParams, type GroupingParams } from './params';
import type { GroupingInput, GroupingPerson, Strategy } from './types';

/** Table colours: distinct, dark enough for white text and visible on a washed-out projector. */
export const tableColors = [
  '#1d4ed8',
  '#c2410c',
  '#15803d',
  '#7e22ce',
  '#b91c1c',
  '#0f766e',
  '#be185d',
  '#854d0e',
  '#4338ca',
  '#4d7c0f',
  '#0e7490',
  '#4b5563',
] as const;

export function strategyOf(grouping: Grouping): Strategy {
  return grouping.strategy === 'manual' ? 'mixed' : grouping.strategy;
}

/** Present participants, or everyone not marked absent or excused. */
export function peopleToPlace(
  participants: Participant[],
  who: GroupingParams['who'],
): Participant[] {
  return participants.filter((p) =>
    who === 'present'
      ? p.attendance === 'present'
      : p.attendance !== 'absent' && p.attendance !== 'excused',
  );
}

function person(p: Participant, params: GroupingParams): GroupingPerson {
  return {
    id: p.id,
    organisation: p.organisation,
    role: p.role,
    territory: p.territory,
    tags: p.tags,
    choices: params.choices[p.id] ?? [],
  };
}

/** The request, without people, for a set of people: constraints reduced to those among them. */
function request(
  grouping: Grouping,
  params: GroupingParams,
  people: GroupingPerson[],
): GroupingInput {
  const here = new Set(people.map((p) => p.id));
  const among = (pairs: [string, string][]) => pairs.filter(([a, b]) => here.has(a) && here.has(b));
  const strategy = strategyOf(grouping);
  return {
    people,
    strategy,
    rounds: params.rounds,
    sizing:
      params.sizeMode === 'count'
        ? { groupCount: params.groupCount }
        : { groupSize: params.groupSize, leftovers: params.leftovers },
    ...(strategy === 'theme'
      ? { themes: params.themes.map((t) => ({ capacity: t.capacity })) }
      : {}),
    mix: params.mix,
    keepApart: among(params.keepApart),
    keepTogether: among(params.keepTogether),
    hosts: params.hostIds.filter((id) => here.has(id)),
  };
}

/**
 * What to ask the engine to (re)generate: the people to place now, and, when the grouping
 * already has groups, the locked groups and people of each round kept where they are.
 */
export function generationInput(
  session: Pick<Session, 'participants'>,
  grouping: Grouping,
): GroupingInput {
  const params = readParams(grouping.params);
  const people = peopleToPlace(session.participants, params.who).map((p) => person(p, params));
  const input = request(grouping, params, people);
  const here = new Set(people.map((p) => p.id));
  const tables = groupCount(people.length, input);
  const pinned: NonNullable<GroupingInput['pinned']> = [];
  const closedGroups: NonNullable<GroupingInput['closedGroups']> = [];
  grouping.rounds.slice(0, params.rounds).forEach((round, r) =>
    round.groups.forEach((group, g) => {
      if (g >= tables) return;
      const kept = group.isLocked ? group.memberIds : group.lockedMemberIds;
      for (const personId of kept)
        if (here.has(personId)) pinned.push({ round: r, group: g, personId });
      if (group.isLocked) closedGroups.push({ round: r, group: g });
    }),
  );
  return { ...input, pinned, closedGroups };
}

/** The request a grouping's current groups are scored against (after moves by hand too). */
export function scoringInput(
  session: Pick<Session, 'participants'>,
  grouping: Grouping,
): GroupingInput {
  const params = readParams(grouping.params);
  const placed = new Set(grouping.rounds.flatMap((r) => r.groups.flatMap((g) => g.memberIds)));
  const people = session.participants.filter((p) => placed.has(p.id)).map((p) => person(p, params));
  const input = request(grouping, params, people);
  // Hosts are where the tables say they are.
  const fixed: Record<string, number> = {};
  grouping.rounds[0]?.groups.forEach((group, index) => {
    if (group.hostId && placed.has(group.hostId)) fixed[group.hostId] = index;
  });
  return { ...input, rounds: Math.max(1, grouping.rounds.length), hosts: [], fixed };
}

/** rounds → groups → member ids, as the score reads them. */
export function memberRounds(grouping: Grouping): string[][][] {
  return grouping.rounds.map((round) => round.groups.map((group) => group.memberIds));
}

export type TableNaming = {
  /** "Table 3", or the theme's name. */
  name: (index: number) => string;
  /** Themes: the table is named after its theme, whatever it was called before. */
  isNameFixed?: boolean;
  newId: () => string;
};

/**
 * The engine's result as the grouping's rounds: the table at index i keeps its id, name and
 * colour (or gets new ones), its host, and, in each round, the locks still true.
 */
export function roundsFromResult(
  grouping: Grouping,
  result: string[][][],
  hostIds: string[],
  naming: TableNaming,
): Grouping['rounds'] {
  const known = grouping.rounds[0]?.groups ?? [];
  const tables = (result[0] ?? []).map((_, index) => {
    const previous = known[index];
    return {
      id: previous?.id ?? naming.newId(),
      name: (!naming.isNameFixed && previous?.name) || naming.name(index),
      color: previous?.color || tableColors[index % tableColors.length]!,
      hostId: hostIds[index] ?? null,
    };
  });
  return result.map((groups, r) => ({
    groups: groups.map((memberIds, index): Group => {
      const before = grouping.rounds[r]?.groups[index];
      const members = new Set(memberIds);
      return {
        ...tables[index]!,
        memberIds,
        isLocked: (before?.isLocked ?? false) && before!.memberIds.every((id) => members.has(id)),
        lockedMemberIds: (before?.lockedMemberIds ?? []).filter((id) => members.has(id)),
      };
    }),
  }));
}

/**
 * Theme choices read from participants' tags (a registration form's "atelier souhaité" column
 * imported as tags): the themes whose names match a tag, in the tags' order. People without a
 * matching tag keep the choices they have.
 */
export function choicesFromTags(
  people: Pick<Participant, 'id' | 'tags'>[],
  themes: { name: string }[],
  current: Record<string, number[]>,
): Record<string, number[]> {
  const byName = new Map(themes.map((theme, index) => [foldText(theme.name), index]));
  const next = { ...current };
  for (const person of people) {
    const choices = [
      ...new Set(
        person.tags.map((tag) => byName.get(foldText(tag))).filter((i) => i !== undefined),
      ),
    ];
    if (choices.length > 0) next[person.id] = choices;
  }
  return next;
}
