import { createObservable } from "@/lib/createObservable";

/** Whether a new version of Papiers is installed and waiting for the person's tap. */
export const updateReady = createObservable(false);
