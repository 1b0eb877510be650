/**
 * What the grouping engine is asked and what it answers. Plain data, so it crosses the worker
 * boundary and the CLI as JSON. People are referred to by id; groups by their index, which is
 * a table: group 3 of round 1 and group 3 of round 2 are the same table.
 */

export const mixAttributes = ['organisation', 'role', 'territory', 'tags'] as const;
export type MixAttribute = (typeof mixAttributes)[number];

export const strategies = ['random', 'mixed', 'theme', 'rotation'] as const;
export type Strategy = (typeof strategies)[number];

export type Leftovers = 'bigger' | 'smaller';

export type GroupingPerson = {
  id: string;
  organisation?: string;
  role?: string;
  territory?: string;
  tags?: string[];
  /** Theme strategy: indices of `themes`, preferred first. */
  choices?: number[];
};

export type GroupSizing =
  /** Groups of this size; `leftovers` says whether the people left over enlarge groups or make smaller ones. */
  { groupSize: number; leftovers: Leftovers } | { groupCount: number };

export type GroupingInput = {
  people: GroupingPerson[];
  strategy: Strategy;
  /** At least 1. Rotations minimise pairs meeting again across rounds. */
  rounds: number;
  /** Ignored by the theme strategy: one group per theme. */
  sizing: GroupSizing;
  /** Theme strategy: the themes (tables) and how many people each can take. */
  themes?: { capacity: number }[];
  /** Attributes to spread across groups (default: organisation and role for mixed and rotation). */
  mix?: MixAttribute[];
  keepApart?: [string, string][];
  keepTogether?: [string, string][];
  /** Person id → group index, for every round (a table host staying at their table). */
  fixed?: Record<string, number>;
  /** Table hosts in table order: host i stays at group i (unless `fixed` says otherwise). */
  hosts?: string[];
  /** Pins for one round: a person locked in a group, kept when regenerating the rest. */
  pinned?: { round: number; group: number; personId: string }[];
  /** Groups locked in one round: nobody joins or leaves them (their members come with `pinned`). */
  closedGroups?: { round: number; group: number }[];
};

export type GroupingOptions = {
  seed?: string | number;
  /** Wall-clock budget in milliseconds (default 1000). */
  timeMs?: number;
  /** A cap on search iterations: with it, results do not depend on the machine's speed. */
  maxIterations?: number;
  /** Reading the clock; defaults to Date.now. */
  now?: () => number;
  onProgress?: (progress: GroupingProgress) => void;
};

export type GroupingProgress = {
  elapsedMs: number;
  iterations: number;
  /** The internal weighted cost of the best schedule so far (0 is perfect). */
  bestCost: number;
  /** 0…1: the share of the time budget used. */
  fraction: number;
};

export type GroupingScore = {
  /** Distinct pairs of people who are in the same group in more than one round. */
  repeatedPairs: number;
  /** The most rounds any pair spends together (1 when nobody meets twice). */
  maxMeetings: number;
  /** Pairs of people of the same organisation in a group, summed over rounds. */
  sameOrganisationPairs: number;
  /** The fewest such pairs group sizes allow (an organisation bigger than the number of groups). */
  sameOrganisationMinimum: number;
  /** Over rounds and roles: how far each role's count per group is from an even spread. */
  roleImbalance: number;
  /** Rotations: times someone sits again at a table already visited (hosts aside). */
  tableRevisits: number;
  /** Theme strategy: how many placements got the 1st, 2nd … choice; the last entry is "none of them". */
  choiceRanks: number[];
  keepApartViolations: number;
  keepTogetherViolations: number;
  fixedViolations: number;
  /** The sum of the three kinds of violations. */
  violations: number;
  smallestGroup: number;
  largestGroup: number;
};

export type GroupingResult = {
  /** rounds → groups (by table index) → person ids. */
  rounds: string[][][];
  score: GroupingScore;
  iterations: number;
  ms: number;
  /** True when the search proved it cannot do better (it reached a lower bound). */
  isOptimal: boolean;
  /** The algebraic schedule the search started from, if any. */
  construction: string | null;
};
