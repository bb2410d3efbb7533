import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";

export const NotFoundPage = () => {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <div className="page page-narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href={paths.home}>{t("notFound.home")}</Link>
      </p>
    </div>
  );
};
