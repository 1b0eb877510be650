export const about = {
  'about.title': 'À propos',
  'about.version': 'Version',
  'about.versionValue': 'Atelier {version}',
  'about.shell.electron': 'application de bureau',
  'about.shell.browser': 'version navigateur',
  'about.system': 'Système',
  'about.dataTitle': 'Où sont vos données',
  'about.dataHint':
    'Tout reste sur cet ordinateur\u00a0: Atelier n’envoie rien sur Internet et ne se met pas à jour tout seul.',
  'about.library': 'Séances',
  'about.config': 'Réglages',
  'about.log': 'Journal',
  'about.openLibrary': 'Ouvrir le dossier des séances',
  'about.showLog': 'Afficher le journal',
  'about.logHint':
    'En cas de problème, envoyez ce fichier au support. Il ne contient ni titres, ni noms, ni textes saisis\u00a0: seulement la version d’Atelier, les erreurs inattendues et les codes des enregistrements, imports ou exports refusés.',
  'about.licensesTitle': 'Licences des bibliothèques incluses',
  'about.licensesIntro': {
    zero: 'La liste des bibliothèques incluses est produite à la construction d’Atelier (npm run build).',
    one: 'Atelier est construit avec {count} bibliothèque libre. Son texte de licence s’affiche en la dépliant.',
    other:
      'Atelier est construit avec {count} bibliothèques libres. Le texte de chaque licence s’affiche en la dépliant.',
  },
  'about.noLicenseText':
    'Ce paquet ne fournit pas de texte de licence\u00a0; voir sa licence\u00a0: {license}.',
} as const;
