import { unwrapDataKey, WrongSecretError, wrapDataKey } from "../crypto";
import { readProfileRow, writeProfileRow } from "./profileRows";
import { isValidPin, secretOf } from "./profiles";

// Its own module: only the person's settings screen needs it, not the start screen (size budget).

/** Changes the unlocked person's PIN: the data key is re-wrapped, no data is re-encrypted. */
export async function changePin(id: string, oldPin: string, newPin: string): Promise<void> {
  if (!isValidPin(newPin)) throw new RangeError("A PIN has six digits");
  const row = await readProfileRow(id);
  const wrapped = row?.unlocks.find((unlock) => unlock.method === "pin");
  if (!row || !wrapped) throw new WrongSecretError();
  const dataKey = await unwrapDataKey(wrapped, id, secretOf("pin", oldPin), true);
  const rewrapped = await wrapDataKey(dataKey, id, secretOf("pin", newPin), wrapped.iterations);
  const unlocks = row.unlocks.map((unlock) =>
    unlock.method === "pin" ? { method: "pin" as const, ...rewrapped } : unlock,
  );
  await writeProfileRow({ ...row, unlocks });
}
