/** The session templates shipped in `resources/templates/`, bundled with the code. */
import { templateSchema, type Template } from '../../shared/model/template';
import cycleCodeveloppement from '../../resources/templates/cycle-codeveloppement.json';
import seminaireDemiJournee from '../../resources/templates/seminaire-demi-journee.json';
import worldCafe from '../../resources/templates/world-cafe.json';

export const templates: readonly Template[] = [
  seminaireDemiJournee,
  worldCafe,
  cycleCodeveloppement,
].map((t) => templateSchema.parse(t));

export function findTemplate(id: string): Template | null {
  return templates.find((t) => t.id === id) ?? null;
}
