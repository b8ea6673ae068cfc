import { DossierIcon } from "@/ui/pictograms";

/** A source address shown by its site name, so a social worker sees at once who says it. */
function siteOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, "");
  } catch {
    return address;
  }
}

/** The sources of an entry, each a link that opens outside the app (nothing is fetched by Papiers). */
export function SourceLinks({ sources }: { sources: readonly string[] }) {
  return (
    <ul class="source-links">
      {sources.map((address) => (
        <li key={address}>
          <a href={address} target="_blank" rel="noopener noreferrer" lang="fr">
            <DossierIcon name="external-link" />
            <span>{siteOf(address)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
