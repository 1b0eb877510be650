// Groups: the engine's refusals, the score in words, the Groupes section, the projector view
// and the group lists document.
export const groups = {
  'errors.grouping.noPeople':
    'Personne à répartir\u00a0: marquez les présents, ou choisissez «\u00a0tous les inscrits\u00a0».',
  'errors.grouping.badSize':
    'Choisissez une taille de groupe d’au moins 2, ou un nombre de groupes entre 1 et {count}.',
  'errors.grouping.overCapacity':
    'Les thèmes offrent {capacity} places pour {count} personnes\u00a0: augmentez leurs capacités ou ajoutez un thème.',
  'errors.grouping.tooManyHosts':
    '{count} hôtes pour {groups} tables\u00a0: une table ne peut avoir qu’un hôte.',
  'errors.grouping.unknownPerson':
    'Une contrainte cite une personne qui n’est pas à répartir ({name}).',
  'errors.grouping.noSuchGroup':
    '{name} est fixé à la table {group}, qui n’existe pas (il y a {groups} tables).',
  'errors.grouping.fixedApart':
    '{name} doivent rester ensemble, mais sont fixés à des tables différentes.',
  'errors.grouping.togetherAndApart': '{name} doivent être à la fois ensemble et séparés.',
  'errors.grouping.blockTooBig':
    '{name} doivent rester ensemble, mais un groupe compte au plus {size} personnes.',
  'errors.grouping.groupOverfull':
    'Trop de personnes sont fixées ou verrouillées à la table {group} pour sa taille.',
  'errors.grouping.allLocked':
    'Toutes les tables du tour {round} sont verrouillées\u00a0: déverrouillez-en une pour placer les autres.',
  'errors.grouping.notFound': 'Cette répartition n’existe plus.',

  'groups.cli.usage':
    'Usage\u00a0: atelier groups <instance.json> [--time-ms N] [--seed S]\n  N\u00a0: durée de recherche en millisecondes (1000 par défaut)\n  S\u00a0: graine (la même graine donne les mêmes groupes)',
  'groups.cli.unreadable': 'Impossible de lire «\u00a0{path}\u00a0» ({reason}).',
  'groups.cli.notJson': '«\u00a0{path}\u00a0» n’est pas un fichier JSON valide.',
  'groups.cli.invalid': 'Cette instance n’est pas valide\u00a0:',
  'groups.cli.refused': 'Groupes impossibles à former\u00a0: {message}',

  'groups.score.noRepeats': 'Aucune rencontre répétée',
  'groups.score.repeats': {
    one: '{count} paire se retrouve plus d’une fois',
    other: '{count} paires se retrouvent plus d’une fois',
  },
  'groups.score.noColleagues': 'Personne n’est avec un collègue de sa structure',
  'groups.score.colleagues': {
    one: '{count} paire de collègues d’une même structure',
    other: '{count} paires de collègues d’une même structure',
  },
  'groups.score.colleaguesMinimum': {
    one: '{count} paire de collègues d’une même structure (le minimum possible)',
    other: '{count} paires de collègues d’une même structure (le minimum possible)',
  },
  'groups.score.rolesBalanced': 'Collèges équilibrés entre les groupes',
  'groups.score.rolesUnbalanced': {
    one: 'Collèges presque équilibrés ({count} écart)',
    other: 'Collèges inégalement répartis ({count} écarts)',
  },
  'groups.score.noRevisits': 'Personne ne revient à une table déjà visitée',
  'groups.score.revisits': {
    one: '{count} retour à une table déjà visitée',
    other: '{count} retours à une table déjà visitée',
  },
  'groups.score.firstChoices': {
    one: '{count} placement sur {total} au premier choix',
    other: '{count} placements sur {total} au premier choix',
  },
  'groups.score.noChoice': {
    one: '{count} placement hors des choix exprimés',
    other: '{count} placements hors des choix exprimés',
  },
  'groups.score.constraintsKept': 'Toutes les contraintes sont respectées',
  'groups.score.keepApart': {
    one: '{count} paire à séparer est ensemble',
    other: '{count} paires à séparer sont ensemble',
  },
  'groups.score.keepTogether': {
    one: '{count} paire à réunir est séparée',
    other: '{count} paires à réunir sont séparées',
  },
  'groups.score.fixed': {
    one: '{count} hôte ou personne fixée n’est pas à sa table',
    other: '{count} hôtes ou personnes fixées ne sont pas à leur table',
  },
  'groups.score.sizeEqual': {
    one: 'Groupes de {count} personne',
    other: 'Groupes de {count} personnes',
  },
  'groups.score.sizeRange': 'Groupes de {min} à {max} personnes',
  'groups.score.sizeUneven': 'Tailles inégales\u00a0: de {min} à {max} personnes',
} as const;
