import { useId } from "preact/hooks";
import type { Letter } from "@/print";

/**
 * A letter laid out as a French administrative letter: sender, recipient, date, object, body, signature.
 * `headingLevel` keeps the page's outline whole: the person's copy sits right under the screen's title, the
 * French one under its own subtitle.
 */
export function LetterView({
  letter,
  lang,
  dir,
  headingLevel = 3,
}: {
  letter: Letter;
  lang: string;
  dir: "ltr" | "rtl";
  headingLevel?: 2 | 3;
}) {
  const bordereau = letter.kind === "coverLetter";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // Two letters can share the screen (the person's language, then French): ids must differ.
  const headingId = useId();
  return (
    <article class="paper letter" lang={lang} dir={dir}>
      <address class="letter__sender">
        {letter.sender.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </address>
      <div class="letter__recipient">
        {letter.recipient.map((line) => (
          <div key={line}>{line}</div>
        ))}
        <p class="letter__date">{letter.placeAndDate}</p>
      </div>
      <p class="letter__references">{letter.references}</p>
      <p class="letter__object">{letter.object}</p>
      <p>{letter.salutation}</p>
      {letter.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {letter.chronology.length > 0 && (
        <ul class="letter__chronology">
          {letter.chronology.map((line, index) => (
            <li key={`${index}-${line}`}>{line}</li>
          ))}
        </ul>
      )}
      {letter.request.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p class="letter__legal">{letter.legalReferences}</p>
      <p>{letter.closing}</p>
      {letter.enclosures.length > 0 && (
        <div class="letter__enclosures">
          <Heading id={headingId} class="letter__heading">
            {letter.enclosuresHeading}
          </Heading>
          {/* The bordereau's lines carry their own "Pièce n°": a second number would confuse the agent. */}
          {bordereau ? (
            <ul class="letter__bordereau" aria-labelledby={headingId}>
              {letter.enclosures.map((line, index) => (
                <li key={`${index}-${line}`}>{line}</li>
              ))}
            </ul>
          ) : (
            <ol aria-labelledby={headingId}>
              {letter.enclosures.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ol>
          )}
        </div>
      )}
      <p class="letter__signature">{letter.signature}</p>
    </article>
  );
}
