import "fake-indexeddb/auto";
import { Blob } from "node:buffer";

// happy-dom replaces Blob with one that fake-indexeddb cannot clone (TOOLCHAIN.md §5).
globalThis.Blob = Blob as unknown as typeof globalThis.Blob;
