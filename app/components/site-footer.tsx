import { useT } from "~/utils/use-i18n";

export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <p>{t("footer.about")}</p>
      <p className="muted">{t("footer.esco")}</p>
    </footer>
  );
}
