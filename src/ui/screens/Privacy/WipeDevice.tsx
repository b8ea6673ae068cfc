import { useState } from "preact/hooks";
import { deleteEverything } from "@/storage";
import { BigButton, Screen, UndoToast } from "@/ui/components";
import { usePrivacyT } from "./usePrivacyT";

/** Deletes every person and every page Papiers keeps on this device, after 10 s to undo. */
export function WipeDevice() {
  const { t } = usePrivacyT();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <Screen title={t("person:wipe.title")} back="/" here="/wipe">
      <p class="lead" data-listen>
        {t("person:wipe.explain")}
      </p>
      <p data-listen>{t("person:outside")}</p>
      {done ? (
        <p role="status" class="lead">
          {t("person:wipe.done")}
        </p>
      ) : (
        <BigButton icon="trash" block onClick={() => setPending(true)}>
          {t("person:wipe.action")}
        </BigButton>
      )}
      {pending && (
        <UndoToast
          message={t("person:wipe.pending")}
          onUndo={() => setPending(false)}
          onExpire={() => {
            setPending(false);
            void deleteEverything().then(() => {
              setDone(true);
              window.location.replace("/");
            });
          }}
        />
      )}
    </Screen>
  );
}
