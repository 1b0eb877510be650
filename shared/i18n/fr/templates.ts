export const templates = {
  'template.blank': 'Séance vierge',
  'template.blank.description': 'Un programme vide, à construire.',
} as const;
