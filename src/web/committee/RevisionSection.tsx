import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { paths } from "../app/router.js";
import { ActButton, ErrorNotice, useAct } from "./shared.js";
import { useKeptFocus } from "../components/useKeptFocus.js";

/** Produces the revised draft from the accepted amendments and shows how its paragraphs were renumbered (old → new). */
export const RevisionSection = ({
  draftId,
  version,
  revisedId,
  renumbering,
  canRevise,
  undecided,
  onChanged,
}: {
  draftId: string;
  version: number;
  revisedId: string | null;
  renumbering: Readonly<Record<string, string>>;
  canRevise: boolean;
  undecided: number;
  onChanged: () => void;
}) => {
  const { t } = useTranslation();
  const act = useAct();
  const heading = useKeptFocus<HTMLHeadingElement>();
  const moved = Object.entries(renumbering).filter(([from, to]) => from !== to);
  const revise = () => api.committee.revise({ params: { id: draftId }, body: { version } }).then(onChanged);
  return (
    <section className="rec-section" aria-labelledby="revision-heading" data-testid="revision">
      <h2 id="revision-heading" ref={heading} tabIndex={-1}>
        {t("committee.revision.heading")}
      </h2>
      <ErrorNotice error={act.error} />
      {moved.length > 0 && (
        <ul className="renumbering" data-testid="committee-renumbering">
          {moved.map(([from, to]) => (
            <li key={from} dir="ltr">
              {from} → {to}
            </li>
          ))}
        </ul>
      )}
      {revisedId ? (
        <p>
          <Link href={paths.committee(revisedId)} className="button button-primary" data-testid="open-revised">
            {t("committee.revision.open")}
          </Link>
        </p>
      ) : (
        canRevise && (
          <>
            {undecided > 0 && <p className="notice">{t("committee.revision.undecided", { count: undecided })}</p>}
            <ActButton
              label={t("committee.revision.produce")}
              name="revise"
              act={act}
              onPress={revise}
              disabled={undecided > 0}
              testId="produce-revision"
            />
          </>
        )
      )}
    </section>
  );
};
