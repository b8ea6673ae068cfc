/**
 * Sources written out in full, for a social worker who copies or prints them: `label` is the
 * translated "Source" (or "Sources"). Each address opens outside the app; nothing is fetched.
 * One address per line: long addresses break anywhere, and two of them sharing a line would wrap into
 * each other (their link areas overlapped at 320 px in Arabic).
 */
export function SourceAddresses({ label, sources }: { label: string; sources: readonly string[] }) {
  return (
    <div class="source source-addresses">
      <span>{label} :</span>
      <ul>
        {sources.map((address) => (
          <li key={address}>
            <a href={address} target="_blank" rel="noopener noreferrer" lang="fr">
              <bdi dir="ltr">{address}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
