/** Services take their clock as a parameter, so tests decide what time it is. */
export type Clock = { now(): number };
export const systemClock: Clock = { now: () => Date.now() };
