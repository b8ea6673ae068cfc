import { useEffect, useState } from "preact/hooks";
import type { Observable } from "@/lib/createObservable";

/** The current value of an observable, re-rendering when it changes. */
export function useObservable<T>(observable: Observable<T>): T {
  const [value, setValue] = useState(observable.get());
  useEffect(() => {
    setValue(observable.get());
    return observable.subscribe(setValue);
  }, [observable]);
  return value;
}
