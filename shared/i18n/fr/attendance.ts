// Words of attendance (émargement): statuses, and the morning's check-in view.
export const attendance = {
  'attendance.present': 'Présent',
  'attendance.absent': 'Absent',
  'attendance.excused': 'Excusé',
  'attendance.unknown': 'À pointer',

  'checkIn.countsLabel': 'Présences',
  'checkIn.presentOf': {
    zero: 'présent sur {total}',
    one: 'présent sur {total}',
    other: 'présents sur {total}',
  },
  'checkIn.unknownCount': { one: '{count} à pointer', other: '{count} à pointer' },
  'checkIn.absentCount': { zero: '0 absent', one: '{count} absent', other: '{count} absents' },
  'checkIn.excusedCount': { zero: '0 excusé', one: '{count} excusé', other: '{count} excusés' },
  'checkIn.walkInCount': {
    zero: 'aucune inscription sur place',
    one: '{count} inscription sur place',
    other: '{count} inscriptions sur place',
  },
  'checkIn.byRole': 'Présents par collège',
  'checkIn.roleCount': '{present}/{total}',
  'checkIn.searchLabel': 'Qui arrive\u202f?',
  'checkIn.searchPlaceholder': 'Premières lettres du nom ou du prénom',
  'checkIn.keys':
    'Entrée\u00a0: pointer la personne trouvée. ↓ ↑\u00a0: choisir dans la liste, puis P ou Entrée présent, A absent, E excusé, N à pointer. Échap\u00a0: revenir à la recherche. Ctrl+Z annule.',
  'checkIn.onlyToCheck': 'Seulement les personnes à pointer',
  'checkIn.addWalkIn': 'Ajouter une personne non inscrite',
  'checkIn.empty':
    'La liste est vide. Importez les inscrits depuis «\u00a0Participants\u00a0», ou ajoutez les personnes à leur arrivée.',
  'checkIn.noMatch': 'Personne ne correspond à «\u00a0{query}\u00a0» dans la liste.',
  'checkIn.addAsWalkIn': 'Ajouter «\u00a0{query}\u00a0» sur place',
  'checkIn.listLabel': {
    one: '{count} personne',
    other: '{count} personnes',
  },
  'checkIn.rowLabel': '{name}, {details}\u00a0: {status}',
  'checkIn.markFor': 'Pointer {name}',
  'checkIn.marked': '{name} — {status}',
  'checkIn.walkInAdded': '{name} — Présent (inscription sur place)',
  'checkIn.lastMarked': 'Dernier pointage\u00a0: {what}.',
  'checkIn.more': {
    one: '… et {count} autre personne\u00a0: précisez la recherche.',
    other: '… et {count} autres personnes\u00a0: précisez la recherche.',
  },
} as const;
