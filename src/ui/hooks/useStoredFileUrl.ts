import { useEffect, useState } from "preact/hooks";
import { activeProfileId, getFile } from "@/storage";

/** An object URL for a stored file of the active profile, decoded only while a component shows it. */
export function useStoredFileUrl(fileKey: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let alive = true;
    getFile(activeProfileId.get(), fileKey).then(
      (file) => {
        if (!alive || !file) return;
        objectUrl = URL.createObjectURL(new Blob([file.bytes], { type: file.mimeType }));
        setUrl(objectUrl);
      },
      () => setUrl(undefined),
    );
    return () => {
      alive = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [fileKey]);
  return url;
}
