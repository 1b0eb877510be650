export const groupLists = {
  'groupList.untitled': 'Groupes',
  'groupList.empty': 'Aucun groupe n’a été formé.',
  'groupList.round': 'Tour {number}',
  'groupList.columnGroup': 'Groupe',
  'groupList.columnMembers': 'Membres',
  'groupList.columnCount': 'Nombre',
  'groupList.host': '(hôte de table)',
  'groupList.unknownPerson': 'Personne retirée de la liste',
  'groupList.noMember': 'Aucun membre',
} as const;
