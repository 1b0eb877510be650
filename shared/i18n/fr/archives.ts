export const archives = {
  'archives.exportTitle': 'Archive de la séance (.atelier)',
  'archives.exportDescription':
    'Un seul fichier avec la séance et ses photos, à transmettre à une co-animatrice ou un co-animateur (clé USB, courriel). Dans Atelier, il s’ouvre avec «\u00a0Importer une séance\u00a0».',
  'archives.export': 'Exporter l’archive',
  'archives.exporting': 'Export en cours…',
  'archives.exportedAt': 'L’archive «\u00a0{fileName}\u00a0» est enregistrée ici\u00a0:',
  'archives.import': 'Importer une séance…',
  'archives.importing': 'Import en cours…',
  'archives.importLabel': 'Importer une séance depuis une archive .atelier',
  'archives.imported': 'Séance «\u00a0{title}\u00a0» importée.',
  'archives.importedAsCopy':
    'Séance importée comme une nouvelle copie, «\u00a0{title}\u00a0»\u00a0: vos séances en contenaient déjà une version, qui n’a pas été modifiée.',
  'archives.fileName': 'Séance - {title} - {date}',
  'archives.openFailed': 'Impossible d’importer cette séance',
  'archives.copySuffix': '(copie importée)',
  'archives.openImported': 'Ouvrir',
  'errors.archive.tooLarge':
    'Cette archive est trop volumineuse ({sizeMb}\u00a0Mo, {maxMb}\u00a0Mo au plus). Rien n’a été importé.',
  'errors.archive.notAnArchive':
    'Ce fichier n’est pas une archive de séance Atelier (.atelier) lisible. Rien n’a été importé.',
  'errors.archive.unsafeEntry':
    'Cette archive a été refusée par sécurité\u00a0: «\u00a0{entry}\u00a0» sortirait de l’archive (chemin absolu, «\u00a0..\u00a0», lien symbolique ou nom en double). Rien n’a été importé.',
  'errors.archive.tooManyEntries':
    'Cette archive contient plus de 10\u00a0000 fichiers\u00a0: elle a été refusée par prudence. Rien n’a été importé.',
  'errors.archive.tooBigUncompressed':
    'Une fois décompressée, cette archive dépasserait {maxMb}\u00a0Mo\u00a0: elle a été refusée par prudence. Rien n’a été importé.',
  'errors.archive.damaged':
    'Cette archive est endommagée ou a été modifiée\u00a0: «\u00a0{entry}\u00a0» ne correspond pas à ce qu’elle annonce. Rien n’a été importé.',
  'errors.archive.missingSession':
    'Cette archive ne contient pas de séance (session.json est absent). Rien n’a été importé.',
  'errors.archive.invalidSession':
    'La séance de cette archive est endommagée ou incohérente. Rien n’a été importé.',
  'errors.archive.newerSchema':
    'Cette archive vient d’une version plus récente d’Atelier. Mettez Atelier à jour pour l’importer. Rien n’a été importé.',
} as const;
