import type { ComponentChildren } from "preact";
import { useErrorBoundary } from "preact/hooks";
import { useT } from "@/i18n";
import { BigButton } from "@/ui/components";
import { Icon } from "@/ui/icons";

/** Catches what a screen throws and says so in the person's language, with a way out; nothing is lost. */
export function AppErrorBoundary({ children }: { children: ComponentChildren }) {
  const [error] = useErrorBoundary((caught: unknown) => console.error(caught));
  if (error) return <ErrorScreen />;
  return <>{children}</>;
}

/** A calm error page: what happened, that saved data is safe, and a reload button. */
export function ErrorScreen() {
  const { t } = useT();
  return (
    <div class="app">
      <main class="screen" id="main">
        <h1>{t("error.title")}</h1>
        <div class="banner" data-tone="danger" role="alert">
          <Icon name="alert-triangle" />
          <p>{t("error.body")}</p>
        </div>
        <BigButton icon="refresh" variant="primary" onClick={() => window.location.assign("/")}>
          {t("error.reload")}
        </BigButton>
      </main>
    </div>
  );
}
