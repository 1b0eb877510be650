import type { templates as fr } from '../fr/templates';
import type { Catalog } from '../types';

export const templates = {
  'template.blank': 'Blank session',
  'template.blank.description': 'An empty agenda, to build.',
} satisfies Catalog<typeof fr>;
