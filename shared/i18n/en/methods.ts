import type { methods as fr } from '../fr/methods';
import type { Catalog } from '../types';

export const methods = {
  'methods.insertButton': 'Insert a method',
  'methods.saveButton': 'Save as a method',
  'methods.insertTitle': 'Insert a method',
  'methods.loading': 'Loading methods…',
  'methods.listLabel': 'Methods',
  'methods.builtin': 'Included with Atelier',
  'methods.personal': 'My methods',
  'methods.noPersonal':
    'No personal method yet: tick sequences of the agenda and choose “Save as a method”.',
  'methods.damaged': {
    one: '{count} unreadable method file is left aside (the library’s “.methods” folder): {files}.',
    other:
      '{count} unreadable method files are left aside (the library’s “.methods” folder): {files}.',
  },
  'methods.details': 'Outline of “{title}”',
  'methods.total': 'Total duration: {total}',
  'methods.sequenceCount': { one: '{count} sequence', other: '{count} sequences' },
  'methods.instructions': 'Instructions for the facilitator',
  'methods.board': 'Board “{title}”',
  'methods.groupingPlan': 'groups of {size}',
  'methods.groupingPlanRounds': 'groups of {size}, {rounds} rounds',
  'methods.where': 'Where to insert it',
  'methods.whereAfter': 'After “{title}”',
  'methods.whereEnd': 'At the end of the agenda',
  'methods.insert': 'Insert',
  'methods.inserted': {
    one: '“{title}” inserted: {count} sequence.',
    other: '“{title}” inserted: {count} sequences.',
  },
  'methods.edit': 'Edit',
  'methods.editTitle': 'Edit the method',
  'methods.delete': 'Delete',
  'methods.deleteConfirm':
    'Delete the method “{title}”? Its file will be removed from the library.',
  'methods.deleteYes': 'Delete the method',
  'methods.deleted': 'Method “{title}” deleted.',
  'methods.saveTitle': 'Save as a method',
  'methods.chooseSequences': 'Sequences to keep in the method',
  'methods.chooseHint':
    'Their texts, durations, rounds, grouping plans and boards (columns and votes, without the notes) are kept.',
  'methods.field.title': 'Method title',
  'methods.field.description': 'Short description',
  'methods.field.descriptionHint': 'Shown in the list of methods.',
  'methods.field.instructions': 'Instructions for the facilitator',
  'methods.save': 'Save',
  'methods.saved': 'Method “{title}” saved in your library.',
  'methods.needSequence': 'Tick at least one sequence.',
  'methods.needTitle': 'Give the method a title.',
} satisfies Catalog<typeof fr>;
