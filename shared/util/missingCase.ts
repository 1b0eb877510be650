/** Makes a `switch` exhaustive: a new member of a union breaks the build where it is not handled. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
