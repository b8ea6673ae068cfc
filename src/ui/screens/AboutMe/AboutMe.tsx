import { useRef, useState } from "preact/hooks";
import { IDENTITY_FIELDS, type Identity } from "@/domain";
import { useT } from "@/i18n";
import { activeProfileId, getIdentity, IDENTITY_KIND, StorageFullError, saveIdentity } from "@/storage";
import { DatePicker, Screen } from "@/ui/components";
import { useLiveQuery } from "@/ui/hooks/useLiveQuery";
import { Icon } from "@/ui/icons";

type TextField = Exclude<(typeof IDENTITY_FIELDS)[number], "birthDate">;
const INPUT_TYPES: Partial<Record<TextField, "tel" | "email">> = {
  phone: "tel",
  email: "email",
  anefEmail: "email",
};

/**
 * The one screen of the core flow with free text: the facts papers need, typed by the person or the
 * social worker beside them. Each field is saved when it is left. Inputs are uncontrolled: a re-render
 * after another field's save must never wipe what is being typed.
 */
export function AboutMe() {
  const { t } = useT();
  const state = useLiveQuery(
    () => getIdentity(),
    [],
    (c) => c.kind === IDENTITY_KIND,
  );
  const [status, setStatus] = useState<"saved" | "full">();
  const latest = useRef<Identity | undefined>(undefined);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const identity = latest.current ?? (state.status === "ready" ? state.value : undefined);
  const save = (patch: Identity) => {
    const next: Identity = { ...(latest.current ?? identity), ...patch };
    latest.current = next;
    // Whose facts these are is fixed now, not when the queued save runs (another person may be unlocked).
    const profileId = activeProfileId.get();
    writes.current = writes.current
      .then(() => saveIdentity(next, profileId))
      .then(
        () => setStatus("saved"),
        (error: unknown) => {
          if (error instanceof StorageFullError) setStatus("full");
          else throw error;
        },
      );
  };
  const field = (name: TextField) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value.trim();
    save({ [name]: value === "" ? undefined : value });
  };
  const thisYear = new Date().getFullYear();
  return (
    <Screen title={t("paper:aboutMe.title")} back="/" here="/about-me">
      <p data-listen>{t("paper:aboutMe.intro")}</p>
      <p>{t("paper:aboutMe.optional")}</p>
      {identity && (
        <div class="form-fields">
          {IDENTITY_FIELDS.map((name) =>
            name === "birthDate" ? (
              <DatePicker
                key={name}
                label={t("paper:aboutMe.fields.birthDate")}
                value={identity.birthDate}
                years={Array.from({ length: 90 }, (_, i) => thisYear - 100 + i)}
                onChange={(birthDate) => save({ birthDate })}
              />
            ) : (
              // biome-ignore lint/a11y/noLabelWithoutControl: FieldInput renders the input inside the label.
              <label key={name}>
                {t(`paper:aboutMe.fields.${name}`)}
                {name === "foreignerNumber" && (
                  <span class="source">{t("paper:aboutMe.hints.foreignerNumber")}</span>
                )}
                <FieldInput
                  kind={INPUT_TYPES[name] ?? "text"}
                  value={identity[name] ?? ""}
                  onChange={field(name)}
                />
              </label>
            ),
          )}
        </div>
      )}
      {status && (
        <p
          role="status"
          class={status === "full" ? "banner" : undefined}
          data-tone={status === "full" ? "danger" : undefined}
        >
          <Icon name={status === "full" ? "alert-triangle" : "check"} />{" "}
          {status === "full" ? t("paper:aboutMe.notSaved") : t("paper:aboutMe.saved")}
        </p>
      )}
    </Screen>
  );
}

/** A text input of the right kind, so phones show the right keyboard (digits for a phone number). */
function FieldInput({
  kind,
  value,
  onChange,
}: {
  kind: "text" | "tel" | "email";
  value: string;
  onChange: (e: Event) => void;
}) {
  if (kind === "tel")
    return <input type="tel" dir="ltr" autocomplete="off" defaultValue={value} onChange={onChange} />;
  if (kind === "email")
    return <input type="email" dir="ltr" autocomplete="off" defaultValue={value} onChange={onChange} />;
  return <input type="text" dir="auto" autocomplete="off" defaultValue={value} onChange={onChange} />;
}
