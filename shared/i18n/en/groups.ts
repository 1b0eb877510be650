import type { groups as fr } from '../fr/groups';
import type { Catalog } from '../types';

export const groups = {
  'errors.grouping.noPeople':
    'Nobody to place: mark who is present, or choose “everyone registered”.',
  'errors.grouping.badSize': 'Choose a group size of at least 2, or between 1 and {count} groups.',
  'errors.grouping.overCapacity':
    'The themes offer {capacity} places for {count} people: raise their capacities or add a theme.',
  'errors.grouping.tooManyHosts':
    '{count} hosts for {groups} tables: a table has one host at most.',
  'errors.grouping.unknownPerson': 'A constraint names someone who is not being placed ({name}).',
  'errors.grouping.noSuchGroup':
    '{name} is fixed to table {group}, which does not exist ({groups} tables).',
  'errors.grouping.fixedApart': '{name} must stay together but are fixed to different tables.',
  'errors.grouping.togetherAndApart': '{name} must be both together and apart.',
  'errors.grouping.blockTooBig':
    '{name} must stay together, but a group holds at most {size} people.',
  'errors.grouping.groupOverfull':
    'Too many people are fixed or locked at table {group} for its size.',
  'errors.grouping.allLocked':
    'Every table of round {round} is locked: unlock one to place the others.',
  'errors.grouping.notFound': 'This grouping no longer exists.',

  'groups.cli.usage':
    'Usage: atelier groups <instance.json> [--time-ms N] [--seed S]\n  N: search time in milliseconds (1000 by default)\n  S: seed (the same seed gives the same groups)',
  'groups.cli.unreadable': 'Cannot read “{path}” ({reason}).',
  'groups.cli.notJson': '“{path}” is not a valid JSON file.',
  'groups.cli.invalid': 'This instance is not valid:',
  'groups.cli.refused': 'Groups cannot be formed: {message}',

  'groups.score.noRepeats': 'Nobody meets anyone twice',
  'groups.score.repeats': {
    one: '{count} pair meets more than once',
    other: '{count} pairs meet more than once',
  },
  'groups.score.noColleagues': 'Nobody sits with a colleague from their organisation',
  'groups.score.colleagues': {
    one: '{count} pair of colleagues from the same organisation',
    other: '{count} pairs of colleagues from the same organisation',
  },
  'groups.score.colleaguesMinimum': {
    one: '{count} pair of colleagues from the same organisation (the fewest possible)',
    other: '{count} pairs of colleagues from the same organisation (the fewest possible)',
  },
  'groups.score.rolesBalanced': 'Roles balanced across groups',
  'groups.score.rolesUnbalanced': {
    one: 'Roles almost balanced ({count} gap)',
    other: 'Roles unevenly spread ({count} gaps)',
  },
  'groups.score.noRevisits': 'Nobody comes back to a table already visited',
  'groups.score.revisits': {
    one: '{count} return to a table already visited',
    other: '{count} returns to a table already visited',
  },
  'groups.score.firstChoices': {
    one: '{count} placement of {total} on a first choice',
    other: '{count} placements of {total} on a first choice',
  },
  'groups.score.noChoice': {
    one: '{count} placement outside the choices given',
    other: '{count} placements outside the choices given',
  },
  'groups.score.constraintsKept': 'Every constraint is kept',
  'groups.score.keepApart': {
    one: '{count} pair to keep apart is together',
    other: '{count} pairs to keep apart are together',
  },
  'groups.score.keepTogether': {
    one: '{count} pair to keep together is split',
    other: '{count} pairs to keep together are split',
  },
  'groups.score.fixed': {
    one: '{count} host or fixed person is not at their table',
    other: '{count} hosts or fixed people are not at their table',
  },
  'groups.score.sizeEqual': { one: 'Groups of {count} person', other: 'Groups of {count} people' },
  'groups.score.sizeRange': 'Groups of {min} to {max} people',
  'groups.score.sizeUneven': 'Uneven sizes: {min} to {max} people',
} satisfies Catalog<typeof fr>;
