import { Fragment, useDeferredValue, useMemo, useState } from "react";
import { placeName } from "../components/placeName.js";
import { useTranslation } from "react-i18next";
import { AmendmentSearch } from "../components/AmendmentSearch.js";
import { VirtualRows, VIRTUAL_THRESHOLD, type RowProps } from "../components/VirtualRows.js";
import { searchTerms } from "../drafts/amendmentIndex.js";
import { AmendmentWording } from "../translations/InReaderLanguage.js";
import type { AmendmentView } from "../drafts/types.js";
import { filterPlaces, type CompiledPlace } from "./compilationSearch.js";
import { CompromiseForm } from "./CompromiseForm.js";
import { DecideControls } from "./DecideControls.js";
import type { Compilation, DecisionInput } from "./types.js";
import { isolate } from "../components/isolate.js";
import { useKeptFocus } from "../components/useKeptFocus.js";

interface Props {
  readonly draftId: string;
  readonly compilation: Compilation;
  readonly amendments: readonly AmendmentView[];
  /** Null when the reader may not decide. */
  readonly committeeId: string | null;
  readonly decision: DecisionInput;
  readonly onChanged: () => void;
}

interface PlaceProps {
  readonly draftId: string;
  readonly place: CompiledPlace;
  readonly byId: ReadonlyMap<string, AmendmentView>;
  readonly committeeId: string | null;
  readonly decision: DecisionInput;
  readonly onChanged: () => void;
  readonly row: RowProps;
}

/** One place of the draft: its wordings, each with its authors and amendments, and the committee's decisions on them. */
const CompiledPlaceBlock = ({ draftId, place, byId, committeeId, decision, onChanged, row }: PlaceProps) => {
  const { t } = useTranslation();
  const heading = useKeptFocus<HTMLHeadingElement>();
  const submitted = place.wordings.flatMap((w) =>
    w.amendments.filter((a) => a.status === "submitted").flatMap((a) => (byId.get(a.id) ? [byId.get(a.id)!] : [])),
  );
  return (
    <div className="compiled-place-row" {...row}>
      <article className="compiled-place" data-testid="compiled-place" data-label={place.label} aria-labelledby={`place-${place.target}`}>
        <h3 id={`place-${place.target}`} ref={heading} tabIndex={-1}>
          {placeName(t, place.target, place.label)}
        </h3>
        {place.wordings.map((w, i) => {
          const first = byId.get(w.amendments[0]?.id ?? "");
          return (
            <div
              key={i}
              className={`compiled-wording${w.amends ? " amendment-sub" : ""}`}
              data-testid="wording"
              data-amends={w.amends ? (byId.get(w.amends)?.number ?? "") : ""}
            >
              {w.amends && (
                <p className="compiled-amends">{t("drafts.subAmendment.heading", { number: byId.get(w.amends)?.number ?? "?" })}</p>
              )}
              <p className="compiled-authors" data-testid="authors">
                {w.authors.map((author, i) => (
                  <Fragment key={i}>
                    {i > 0 && " · "}
                    <bdi>{author}</bdi>
                  </Fragment>
                ))}
              </p>
              {first && <AmendmentWording amendment={first} className="preview-text" testId="compiled-wording" />}
              <ul className="compiled-amendments">
                {w.amendments.map((a) => {
                  const view = byId.get(a.id);
                  return (
                    <li key={a.id} data-testid="compiled-amendment" data-number={a.number} data-status={a.status}>
                      {t("committee.amendmentBy", { number: a.number, author: isolate(a.author ?? "") })} ·{" "}
                      <span className={`status-${a.status}`}>{t(`committee.status.${a.status}`)}</span>
                      {view?.revisedText && <> · {view.revisedText}</>}
                      {committeeId && view && a.status === "submitted" && (
                        <DecideControls
                          amendment={view}
                          others={submitted.filter((o) => o.id !== a.id)}
                          committeeId={committeeId}
                          decision={decision}
                          onChanged={onChanged}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
        {committeeId && submitted.length > 1 && (
          <CompromiseForm
            draftId={draftId}
            target={place.target}
            amendments={submitted}
            committeeId={committeeId}
            decision={decision}
            onChanged={onChanged}
          />
        )}
      </article>
    </div>
  );
};

/** A first guess of a place's height, before it is measured. */
const estimateHeight = (place: CompiledPlace, deciding: boolean) =>
  64 + place.wordings.reduce((h, w) => h + 90 + w.amendments.length * (deciding ? 64 : 28), 0);

/**
 * Every amendment by paragraph and author, identical wordings shown once with all their authors; the committee
 * decides on each. A search narrows the list; a long list renders only the places on screen.
 */
export const CompilationSection = ({ draftId, compilation, amendments, committeeId, decision, onChanged }: Props) => {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const byId = useMemo(() => new Map(amendments.map((a) => [a.id, a])), [amendments]);
  const terms = useMemo(() => searchTerms(deferredQuery), [deferredQuery]);
  const found = useMemo(() => filterPlaces(compilation.places, byId, terms), [compilation.places, byId, terms]);
  // Counted on what the list shows (places and their compiled amendments), not on every amendment of the draft.
  const compiled = useMemo(() => filterPlaces(compilation.places, byId, []).matches, [compilation.places, byId]);
  const virtual = compilation.places.length + compiled >= VIRTUAL_THRESHOLD;
  return (
    <section className="rec-section" aria-labelledby="compilation-heading" data-testid="compilation">
      <h2 id="compilation-heading">{t("committee.page.compilation")}</h2>
      {compilation.places.length === 0 && <p className="muted">{t("committee.page.noAmendments")}</p>}
      {compilation.places.length > 0 && (
        <AmendmentSearch value={query} onChange={setQuery} matches={found.matches} captureFind={virtual} testId="compilation-search" />
      )}
      <VirtualRows
        as="div"
        className="compiled-places"
        items={found.places}
        keyOf={(place) => place.target}
        estimate={(place) => estimateHeight(place, committeeId !== null)}
        virtual={virtual}
        positions={false}
        renderRow={(place, row) => (
          <CompiledPlaceBlock
            draftId={draftId}
            place={place}
            byId={byId}
            committeeId={committeeId}
            decision={decision}
            onChanged={onChanged}
            row={row}
          />
        )}
      />
    </section>
  );
};
