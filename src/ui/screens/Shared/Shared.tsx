import { useEffect, useState } from "preact/hooks";
import { shareInbox } from "@/lib/shareInbox";
import { BigButton, Screen } from "@/ui/components";
import { useCaptureT } from "./useCaptureT";

/** Where a share from another app lands: how many files arrived, and where to put them. */
export function Shared() {
  const { t } = useCaptureT();
  const [count, setCount] = useState<number>();
  useEffect(() => {
    shareInbox.count().then(setCount, (error: unknown) => console.error(error));
  }, []);
  return (
    <Screen title={t("capture:shared.title")} back="/" here="/shared">
      {count !== undefined && <p data-listen>{t("capture:shared.count", { count })}</p>}
      <p data-listen>{t("capture:shared.next")}</p>
      <p data-listen>{t("capture:shared.expire")}</p>
      <BigButton icon="home" variant="primary" href="/">
        {t("capture:shared.home")}
      </BigButton>
    </Screen>
  );
}
