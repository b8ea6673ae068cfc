import type { Letter } from "@/print";

/** A letter laid out as a French administrative letter: sender, recipient, date, object, body, signature. */
export function LetterView({ letter, lang, dir }: { letter: Letter; lang: string; dir: "ltr" | "rtl" }) {
  const enclosuresTitle = letter.enclosures.length > 0;
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
      {letter.enclosuresHeading && <p class="letter__object">{letter.enclosuresHeading}</p>}
      {enclosuresTitle && !letter.enclosuresHeading && (
        <ol class="letter__enclosures">
          {letter.enclosures.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
      {letter.enclosuresHeading && (
        <ul class="letter__enclosures letter__bordereau">
          {letter.enclosures.map((line, index) => (
            <li key={`${index}-${line}`}>{line}</li>
          ))}
        </ul>
      )}
      <p class="letter__signature">{letter.signature}</p>
    </article>
  );
}
