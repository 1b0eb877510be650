export const exports = {
  'exports.export': 'Exporter (.docx)',
  'exports.working': 'Export en cours…',
  'exports.savedAt': '«\u00a0{fileName}\u00a0» est enregistré ici\u00a0:',
  'exports.agenda': 'Programme',
  'exports.agendaDescription':
    'Le déroulé de la séance, heure par heure, à distribuer ou afficher.',
  'exports.signatureSheet': 'Feuille d’émargement',
  'exports.signatureSheetDescription':
    'Les inscrits par ordre alphabétique, avec une colonne pour signer et des lignes libres pour les personnes non inscrites.',
} as const;
