export const projector = {
  'projector.label': 'Affichage pour la salle',
  'projector.waiting': 'La séance va commencer.',
  'projector.notOpen':
    'Ouvrez la séance dans la fenêtre de l’animation\u00a0: l’affichage la suivra.',
} as const;
