/**
 * The facilitation methods shipped in `resources/methods/`, bundled with the code and parsed at
 * load: a method that does not parse stops the app in development and in the tests, never
 * reaches a facilitator. They cannot be changed; personal methods live in the library.
 */
import { methodSchema, type Method } from '../../../shared/model/method';
import codeveloppement from '../../../resources/methods/codeveloppement.json';
import impactCollectif from '../../../resources/methods/impact-collectif-5-composantes.json';
import laboIdees from '../../../resources/methods/labo-idees.json';
import miseEnRoute from '../../../resources/methods/mise-en-route-mots-cles.json';
import questionsVotes from '../../../resources/methods/questions-votes-webinaire.json';
import unDeuxQuatreTous from '../../../resources/methods/1-2-4-tous.json';
import worldCafe from '../../../resources/methods/world-cafe.json';

/** In the order the list shows them. */
export const builtinMethodFiles: readonly unknown[] = [
  codeveloppement,
  worldCafe,
  miseEnRoute,
  laboIdees,
  impactCollectif,
  questionsVotes,
  unDeuxQuatreTous,
];

export const builtinMethods: readonly Method[] = builtinMethodFiles.map((m) =>
  methodSchema.parse(m),
);

export function isBuiltinMethod(id: string): boolean {
  return builtinMethods.some((m) => m.id === id);
}
