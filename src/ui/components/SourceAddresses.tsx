import { Fragment } from "preact";

/**
 * Sources written out in full, for a social worker who copies or prints them: `label` is the
 * translated "Source" (or "Sources"). Each address opens outside the app; nothing is fetched.
 */
export function SourceAddresses({ label, sources }: { label: string; sources: readonly string[] }) {
  return (
    <p class="source source-addresses">
      {label} :{" "}
      {sources.map((address, index) => (
        <Fragment key={address}>
          {index > 0 && " ; "}
          <a href={address} target="_blank" rel="noopener noreferrer" lang="fr">
            <bdi dir="ltr">{address}</bdi>
          </a>
        </Fragment>
      ))}
    </p>
  );
}
