import type { groupLists as fr } from '../fr/groupLists';
import type { Catalog } from '../types';

export const groupLists = {
  'groupList.untitled': 'Groups',
  'groupList.empty': 'No group was formed.',
  'groupList.round': 'Round {number}',
  'groupList.columnGroup': 'Group',
  'groupList.columnMembers': 'Members',
  'groupList.columnCount': 'Count',
  'groupList.host': '(table host)',
  'groupList.unknownPerson': 'Person removed from the list',
  'groupList.noMember': 'No member',
} satisfies Catalog<typeof fr>;
