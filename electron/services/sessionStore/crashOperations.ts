import type { Operation } from '../../../shared/session/operations';

/** Operation number k of the crash test: rewrites the title and a long description. */
export function crashOperation(k: number): Operation {
  const words = [
    'coopération',
    'territoire',
    'confiance',
    'écoute',
    'œuvre commune',
    'petits pas',
    'urgence',
  ];
  const description = Array.from(
    { length: 400 + (k % 200) },
    (_, i) => words[(i * 7 + k) % words.length],
  ).join(' ');
  return {
    type: 'session.update',
    fields: { title: `Version ${k}`, description },
    at: new Date(Date.UTC(2025, 1, 4, 9) + k * 1000).toISOString(),
  };
}
