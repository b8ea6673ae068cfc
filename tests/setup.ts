import "fake-indexeddb/auto";
import { Blob } from "node:buffer";
import { configure } from "@testing-library/preact";

// happy-dom replaces Blob with one that fake-indexeddb cannot clone (TOOLCHAIN.md §5).
globalThis.Blob = Blob as unknown as typeof globalThis.Blob;

// A busy 2-core machine (CI runs everything at once) can take more than the default second to re-render
// after a storage write; findBy/waitFor wait longer, assertions stay the same.
configure({ asyncUtilTimeout: 5000 });
