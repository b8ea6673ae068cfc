/** Marks a branch the type checker proves unreachable; throws if reached at run time anyway. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
