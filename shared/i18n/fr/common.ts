// French typography lives in the catalog: « », ’, … and a narrow no-break space (U+202F)
// before ; ! ? and a no-break space (U+00A0) before : — never an ordinary space.
export const common = {
  'app.name': 'Atelier',
  'app.loading': 'Chargement…',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.save': 'Enregistrer',
  'common.delete': 'Supprimer',
  'common.undo': 'Annuler la dernière action',
  'common.redo': 'Rétablir',
  'common.back': 'Retour',
  'common.search': 'Rechercher',
  'common.untitled': 'Séance sans titre',
  'common.readOnly': 'Lecture seule',
  'common.saving': 'Enregistrement…',
  'common.saved': 'Enregistré',
  'common.saveFailed': 'Échec de l’enregistrement',
  'nav.library': 'Mes séances',
  'nav.settings': 'Paramètres',
  'nav.skipToContent': 'Aller au contenu',
} as const;
