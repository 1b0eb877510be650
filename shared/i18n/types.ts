/** A catalog entry: a string with `{placeholders}`, or plural forms chosen by `{count}`. */
export type PluralForms = { readonly one: string; readonly other: string; readonly zero?: string };
export type Entry = string | PluralForms;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters an entry needs, read from the French source text. */
export type EntryParams<E> = E extends string
  ? Placeholders<E>
  : E extends PluralForms
    ? Placeholders<E['one'] | E['other']> | 'count'
    : never;

/** Another language must translate every key of the source, with the same shape. */
export type Catalog<Source> = {
  readonly [Key in keyof Source]: Source[Key] extends string ? string : PluralForms;
};
