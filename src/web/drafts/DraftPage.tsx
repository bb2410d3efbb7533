import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { Link, Switch, Tab, TabList, TabPanel, Tabs } from "react-aria-components";
import { FollowButton } from "../notifications/FollowButton.js";
import { useTranslation } from "react-i18next";
import { directionOf, LANGUAGES, type Language } from "../../domain/language.js";
import type { LiveEvent } from "../api/types.js";
import { paths } from "../app/router.js";
import { usePageTitle } from "../app/usePageTitle.js";
import { AmendmentSearch } from "../components/AmendmentSearch.js";
import { LoadError, Loading } from "../components/Status.js";
import { VIRTUAL_THRESHOLD } from "../components/VirtualRows.js";
import { ENDONYMS, useLanguage } from "../i18n/index.js";
import { followAfter, useLiveSitting } from "../live/useLiveSitting.js";
import { LiveIndicator } from "../sitting/LiveIndicator.js";
import { filterIndex, indexAmendments, searchTerms } from "./amendmentIndex.js";
import { ConsolidatedPreview } from "./ConsolidatedPreview.js";
import { SelectField } from "./controls.js";
import { DraftText } from "./DraftText.js";
import type { DraftContext } from "./ParagraphBlock.js";
import type { AmendmentView, DraftView } from "./types.js";
import { concernsDrafts, useCoalesced, useDraftData, type AmendmentFilters as Filters } from "./useDraftData.js";
import { AmendmentFilters } from "./AmendmentFilters.js";
import { DraftTranslationsProvider } from "../translations/InReaderLanguage.js";

/** Follows the sitting's recorded events and reloads the draft when one concerns it. */
const LiveFollow = ({ sittingId, after, onChange }: { sittingId: string; after: number | null | undefined; onChange: () => void }) => {
  const status = useLiveSitting(
    sittingId,
    useCallback((event: LiveEvent) => (concernsDrafts(event) ? onChange() : undefined), [onChange]),
    { after },
  );
  return <LiveIndicator status={status} />;
};

const NO_AMENDMENTS: AmendmentView[] = [];

/** Each paragraph's and sub-paragraph's label by id. */
const labelsOf = (draft: DraftView | null): Map<string, string> => {
  const labels = new Map<string, string>();
  for (const p of draft?.paragraphs ?? []) {
    labels.set(p.id, p.label);
    for (const s of p.subParagraphs) labels.set(s.id, s.label);
  }
  return labels;
};

const otherLanguage = (draft: DraftView, primary: Language): Language =>
  draft.languages.find((l) => l !== primary) ?? LANGUAGES.find((l) => l !== primary) ?? "en";

/** A draft resolution: paragraphs in one or two languages, amendments with tracked changes, the consolidated preview. */
export const DraftPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const ui = useLanguage();
  const [filters, setFilters] = useState<Filters>({});
  const { draft, amendments, reload } = useDraftData(id, filters);
  // The list last read stays on screen while a new choice of filters loads.
  const [kept, setKept] = useState<{ amendments: AmendmentView[] } | null>(null);
  if (amendments.state === "ready" && amendments.data !== kept) setKept(amendments.data);
  const shownList = amendments.state === "ready" ? amendments.data : kept;
  const [seen, setSeen] = useState<readonly string[]>([]);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => {
    reload();
    setGeneration((g) => g + 1);
  }, [reload]);
  const onLive = useCoalesced(refresh);
  const [chosen, setChosen] = useState<Language | null>(null);
  const [sideBySide, setSideBySide] = useState(false);
  const [second, setSecond] = useState<Language | null>(null);
  const [query, setQuery] = useState("");
  const primary = chosen ?? ui;
  const title = draft.state === "ready" ? (draft.data.title?.versions[ui]?.text ?? draft.data.symbol) : null;
  usePageTitle(title ?? t("drafts.pageTitle"));
  // Grouped once per answer, searched once per query: no paragraph or card looks through the whole list.
  const loaded = draft.state === "ready" ? draft.data : null;
  const list = shownList?.amendments ?? NO_AMENDMENTS;
  const filtering = Object.values(filters).some((v) => v !== undefined);
  // Authors and co-sponsors to filter by: every name the lists read so far carried.
  const names = useMemo(
    () => [...new Set([...seen, ...list.flatMap((a) => [a.author ?? "", ...a.coSponsors])])].filter(Boolean).sort(),
    [seen, list],
  );
  if (names.length !== seen.length) setSeen(names);
  const index = useMemo(() => indexAmendments(loaded ?? { paragraphs: [] }, list), [loaded, list]);
  const labels = useMemo(() => labelsOf(loaded), [loaded]);
  // One function for every render, so that the cards, drawn again only when their props change, keep theirs.
  const labelOf = useCallback((pid: string | null) => (pid ? (labels.get(pid) ?? pid) : ""), [labels]);
  const mine = useMemo(() => new Set(loaded?.mine ?? []), [loaded]);
  const deferredQuery = useDeferredValue(query);
  const terms = useMemo(() => searchTerms(deferredQuery), [deferredQuery]);
  const found = useMemo(() => filterIndex(index, loaded?.paragraphs ?? [], terms), [index, loaded, terms]);

  if (draft.state === "loading" || (amendments.state === "loading" && kept === null)) return <Loading />;
  if (draft.state === "error") return <LoadError error={draft.error} />;
  if (amendments.state === "error") return <LoadError error={amendments.error} />;
  // Filtered, the text shows the places where amendments are left.
  const places = filtering ? found.paragraphs.filter((p) => found.byParagraph.has(p.id)) : found.paragraphs;
  const d = draft.data;
  const right = second ?? otherLanguage(d, primary);
  const columns = sideBySide ? [primary, right === primary ? otherLanguage(d, primary) : right] : [primary];
  const ctx: DraftContext = {
    draft: d,
    columns,
    labelOf,
    numberOf: index.numberOf,
    mergeable: index.mergeable,
    mine,
    onChanged: refresh,
  };
  const virtual = d.paragraphs.length + index.count >= VIRTUAL_THRESHOLD;
  const languageOptions = LANGUAGES.map((l) => ({ id: l, label: ENDONYMS[l], lang: l }));
  const titleText = d.title?.versions[primary]?.text ?? (d.title ? d.title.versions[d.title.original]?.text : null) ?? d.symbol;
  const titleLanguage = d.title?.versions[primary] ? primary : (d.title?.original ?? primary);

  return (
    <div className="page draft-page">
      <nav aria-label={t("drafts.breadcrumb")} className="breadcrumb">
        {d.sittingId && (
          <Link href={paths.sitting(d.sittingId)} className="breadcrumb-link">
            {t("drafts.back")}
          </Link>
        )}
      </nav>
      <header className="draft-page-header">
        <p className="eyebrow">
          {t(`draftStage.${d.stage}`)} · <span dir="ltr">{d.symbol}</span>
          {!d.published && ` · ${t("drafts.unpublished")}`}
        </p>
        <h1 lang={titleLanguage} dir={directionOf(titleLanguage)}>
          {titleText}
        </h1>
        {d.illustrative && (
          <p className="notice notice-illustrative" role="note">
            {t("draft.illustrative")}
          </p>
        )}
        <div className="draft-page-tools">
          {d.sittingId && <LiveFollow sittingId={d.sittingId} after={followAfter(d, shownList)} onChange={onLive} />}
          <FollowButton target="draft" id={d.id} />
          {d.permissions.importDraft && d.sittingId && (
            <Link href={paths.draftImport(d.sittingId)} className="button button-quiet">
              {t("drafts.import.link")}
            </Link>
          )}
        </div>
      </header>
      <div className="draft-toolbar" role="group" aria-label={t("drafts.display")}>
        <SelectField
          label={t("drafts.language")}
          value={primary}
          onChange={(v) => setChosen(v as Language)}
          options={languageOptions}
          testId="draft-language"
        />
        <Switch className="switch" isSelected={sideBySide} onChange={setSideBySide} data-testid="side-by-side">
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          {t("drafts.sideBySide")}
        </Switch>
        {sideBySide && (
          <SelectField
            label={t("drafts.secondLanguage")}
            value={columns[1] ?? right}
            onChange={(v) => setSecond(v as Language)}
            options={languageOptions.filter((o) => o.id !== primary)}
            testId="draft-second-language"
          />
        )}
      </div>
      {/* Chosen from the first render: the tabs would otherwise show the text only once their list is built, a frame later. */}
      <Tabs className="draft-tabs" defaultSelectedKey="text">
        <TabList aria-label={t("drafts.views")} className="tab-list">
          <Tab id="text" className="tab">
            {t("drafts.textView")}
          </Tab>
          <Tab id="consolidated" className="tab">
            {t("drafts.consolidatedView")}
          </Tab>
        </TabList>
        <TabPanel id="text" className="tab-panel">
          {(index.count > 0 || filtering) && (
            <AmendmentFilters draft={d} value={filters} onChange={setFilters} authors={seen} language={ui} />
          )}
          {(virtual || index.count > 0) && (
            <AmendmentSearch value={query} onChange={setQuery} matches={found.matches} captureFind={virtual} testId="amendment-search" />
          )}
          <DraftTranslationsProvider draftId={d.id} language={primary} refresh={list}>
            <DraftText ctx={ctx} title={found.title} paragraphs={places} byParagraph={found.byParagraph} virtual={virtual} />
          </DraftTranslationsProvider>
        </TabPanel>
        <TabPanel id="consolidated" className="tab-panel">
          <ConsolidatedPreview draft={d} amendments={list} language={primary} generation={generation} />
        </TabPanel>
      </Tabs>
    </div>
  );
};
