/** The injected clock: tests travel in time by passing their own. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
