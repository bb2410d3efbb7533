import { GENDERS } from "../../domain/model.js";
import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../domain/language.js";
import { ApiError } from "../api/client.js";
import { CheckboxGroup, SelectInput, TextInput } from "../setup/fields.js";
import type { Participant } from "../setup/types.js";
import { AGE_BANDS, EVENT_WIDE_ROLES } from "../../domain/participants/access.js";
import type { BodyChoice, ParticipantBody } from "./model.js";
import { failureInWords, issuesInWords } from "../api/failure.js";

/** What the form holds: text as typed, roles as `role` or `presiding_officer@BODY`. */
interface Draft {
  name: string;
  parliament: string;
  delegation: string;
  email: string;
  gender: string;
  birthYear: string;
  ageBand: string;
  language: string;
  otherLanguages: string[];
  roles: string[];
}

const PRESIDING = "presiding_officer@";

const draftOf = (p: Participant | null): Draft => ({
  name: p?.name ?? "",
  parliament: p?.parliament ?? "",
  delegation: p?.delegation?.name ?? "",
  email: p?.email ?? "",
  gender: p?.gender ?? "undisclosed",
  birthYear: p?.birthYear === null || p?.birthYear === undefined ? "" : String(p.birthYear),
  ageBand: p?.ageBand ?? "",
  language: p?.languages[0] ?? "",
  otherLanguages: p ? p.languages.slice(1) : [],
  roles: p
    ? p.roles.flatMap((r) =>
        r.role === "presiding_officer" && r.scope?.startsWith("body:")
          ? [`${PRESIDING}${r.scope.slice(5)}`]
          : (EVENT_WIDE_ROLES as readonly string[]).includes(r.role)
            ? [r.role]
            : [],
      )
    : ["participant"],
});

const bodyOf = (d: Draft): ParticipantBody => ({
  name: d.name,
  parliament: d.parliament,
  delegation: d.delegation,
  email: d.email.trim() === "" ? null : d.email.trim(),
  gender: d.gender as ParticipantBody["gender"],
  birthYear: d.birthYear.trim() === "" ? null : Number(d.birthYear),
  ageBand: d.ageBand === "" ? null : d.ageBand,
  languages: [d.language, ...d.otherLanguages.filter((l) => l !== d.language)].filter((l): l is Language => l !== ""),
  roles: d.roles.map((r) =>
    r.startsWith(PRESIDING)
      ? { role: "presiding_officer" as const, scope: `body:${r.slice(PRESIDING.length)}` }
      : { role: r as (typeof EVENT_WIDE_ROLES)[number], scope: null },
  ),
});

/** The field an API issue names: `body.email`, `email` or `roles.1` all point at a field of the form. */
const fieldOf = (path: string): string => {
  const [first, second] = path.replace(/^body\./, "").split(".");
  return first === "roles" && second !== undefined ? "roles" : (first ?? "");
};

/**
 * Adds or edits one participant: facts, delegation, email, languages (the first the one they are written to
 * in) and roles; a presiding officer presides over one body. Chairs and rapporteurs are designated elsewhere.
 */
export const ParticipantForm = ({
  participant,
  bodies,
  onSave,
  onCancel,
}: {
  participant: Participant | null;
  bodies: readonly BodyChoice[];
  onSave: (body: ParticipantBody) => Promise<void>;
  onCancel?: () => void;
}) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(participant));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    const missing: Record<string, string> = {};
    if (draft.name.trim() === "") missing.name = t("participants.required");
    if (draft.parliament.trim() === "") missing.parliament = t("participants.required");
    if (draft.birthYear.trim() !== "" && !/^\d{4}$/.test(draft.birthYear.trim())) missing.birthYear = t("participants.badYear");
    setErrors(missing);
    setFailure(null);
    if (Object.keys(missing).length > 0) return;
    setPending(true);
    try {
      await onSave(bodyOf(draft));
      if (!participant) setDraft(draftOf(null));
    } catch (cause) {
      if (cause instanceof ApiError && cause.issues.length > 0) {
        setErrors(Object.fromEntries(issuesInWords(t, cause.issues).map((i) => [fieldOf(i.path), i.message])));
      }
      setFailure(failureInWords(t, cause));
    } finally {
      setPending(false);
    }
  };

  const held = participant?.roles.filter((r) => r.role === "chair" || r.role === "rapporteur") ?? [];
  return (
    <form
      className="setup-form participant-form"
      data-testid="participant-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="setup-grid">
        <TextInput label={t("participants.fields.name")} value={draft.name} onChange={set("name")} error={errors.name} required />
        <TextInput
          label={t("participants.fields.parliament")}
          value={draft.parliament}
          onChange={set("parliament")}
          error={errors.parliament}
          required
        />
        <TextInput
          label={t("participants.fields.delegation")}
          value={draft.delegation}
          onChange={set("delegation")}
          error={errors.delegation}
          hint={t("participants.fields.delegationHint")}
        />
        <TextInput
          label={t("participants.fields.email")}
          type="email"
          dir="ltr"
          value={draft.email}
          onChange={set("email")}
          error={errors.email}
        />
        <SelectInput
          label={t("participants.fields.gender")}
          value={draft.gender}
          onChange={set("gender")}
          error={errors.gender}
          options={GENDERS.map((g) => ({ id: g, label: t(`setup.participants.genders.${g}`) }))}
        />
        <TextInput
          label={t("participants.fields.birthYear")}
          value={draft.birthYear}
          onChange={set("birthYear")}
          error={errors.birthYear}
          dir="ltr"
        />
        <SelectInput
          label={t("participants.fields.ageBand")}
          value={draft.ageBand}
          onChange={set("ageBand")}
          error={errors.ageBand}
          options={[{ id: "", label: t("participants.fields.noAgeBand") }, ...AGE_BANDS.map((b) => ({ id: b, label: b }))]}
        />
        <SelectInput
          label={t("participants.fields.language")}
          value={draft.language}
          onChange={set("language")}
          error={errors.languages}
          hint={t("participants.fields.languageHint")}
          options={[
            { id: "", label: t("participants.fields.noLanguage") },
            ...LANGUAGES.map((l) => ({ id: l, label: t(`languageName.${l}`) })),
          ]}
        />
      </div>
      <CheckboxGroup
        legend={t("participants.fields.otherLanguages")}
        value={draft.otherLanguages}
        onChange={set("otherLanguages")}
        options={LANGUAGES.filter((l) => l !== draft.language).map((l) => ({ id: l, label: t(`languageName.${l}`) }))}
      />
      <CheckboxGroup
        legend={t("participants.fields.roles")}
        value={draft.roles}
        onChange={set("roles")}
        error={errors.roles}
        options={[
          ...EVENT_WIDE_ROLES.map((r) => ({ id: r, label: t(`participants.roles.${r}`) })),
          ...bodies.map((b) => ({ id: `${PRESIDING}${b.id}`, label: t("participants.presidingOf", { body: b.name }) })),
        ]}
      />
      <p className="field-description">
        {held.length > 0
          ? t("participants.designated", { roles: held.map((r) => t(`participants.roles.${r.role}`)).join(t("list.separator")) })
          : t("participants.designatedElsewhere")}
      </p>
      {failure && (
        <div className="notice notice-error" role="alert">
          <p>{failure}</p>
        </div>
      )}
      <div className="setup-buttons">
        <Button type="submit" className="button button-primary" isPending={pending}>
          {participant ? t("participants.save") : t("participants.add")}
        </Button>
        {onCancel && (
          <Button className="button button-quiet" onPress={onCancel}>
            {t("participants.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
};
