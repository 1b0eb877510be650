import { z } from 'zod';

/** Ids are made by whoever creates the thing (renderer, service or CLI), never by the reducer. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'identifiant invalide');
export type Id = z.infer<typeof idSchema>;

type RandomSource = { getRandomValues<T extends Uint8Array>(array: T): T };

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** 16 random characters (95 bits): collision-free in practice for a session's lifetime. */
export function newId(
  random: RandomSource = (globalThis as unknown as { crypto: RandomSource }).crypto,
): Id {
  const bytes = random.getRandomValues(new Uint8Array(16));
  let id = '';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}
