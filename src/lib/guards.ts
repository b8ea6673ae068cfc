// Hand-written checks for the few shapes read before the first screen is drawn (device settings, the
// people on the phone). Everything else is checked with zod; keeping zod out of start-up saves its
// download and, on a slow phone, about 120 ms of work before anyone can tap (scripts/bench/longTasks.mjs).

/** A thing that turns an unknown value into a checked one, or throws: what a record type needs. */
export interface Parser<T> {
  parse(value: unknown): T;
}

/** The reason a value was refused, for the error's `cause`. */
export class ShapeError extends TypeError {
  override name = "ShapeError";
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export const isString = (value: unknown): value is string => typeof value === "string";

export const isNumber = (value: unknown): value is number =>
  typeof value === "number" && !Number.isNaN(value);

/** True when `value` is one of `choices`. */
export const isOneOf = <C extends string>(value: unknown, choices: readonly C[]): value is C =>
  choices.includes(value as C);

/** A parser from a type guard: the value itself when the guard accepts it, a ShapeError otherwise. */
export function parserOf<T>(guard: (value: unknown) => value is T, what: string): Parser<T> {
  return {
    parse(value) {
      if (!guard(value)) throw new ShapeError(`Not ${what}`);
      return value;
    },
  };
}
