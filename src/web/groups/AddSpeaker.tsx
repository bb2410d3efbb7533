import { useEffect, useState } from "react";
import { Button, Checkbox, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import type { Output } from "../api/client.js";
import type { Routes } from "../../api/routes.js";
import type { SpeakerRequest, SpeakersCommand } from "./types.js";
import type { Floor } from "./useSpeakers.js";

type Candidates = Output<Routes["speakers"]["groupCandidates"]>;
/** What this form offers to put a person down for: the floor or a point of order. */
type Kind = Exclude<SpeakerRequest["kind"], "reply">;

/** The people the chair may add: the group's members, or the sitting's participants in plenary. */
const useCandidates = ({ kind, id }: Floor): Candidates["people"] => {
  const [people, setPeople] = useState<Candidates["people"]>([]);
  useEffect(() => {
    const controller = new AbortController();
    (kind === "group"
      ? api.speakers.groupCandidates({ params: { id } }, { signal: controller.signal })
      : api.speakers.plenaryCandidates({ params: { id } }, { signal: controller.signal })
    ).then(
      (answer) => setPeople(answer.people),
      () => undefined,
    );
    return () => controller.abort();
  }, [kind, id]);
  return people;
};

/**
 * The chair (or the secretariat) puts a participant on the list on their behalf — someone who asked by a sign
 * of the hand or from a remote room: searched by name or delegation, as an intervention or a point of order,
 * in the hall or remote. A closed list still takes them.
 */
export const AddSpeaker = ({
  floor,
  pending,
  send,
}: {
  floor: Floor;
  pending: boolean;
  send: (command: SpeakersCommand) => Promise<boolean>;
}) => {
  const { t } = useTranslation();
  const people = useCandidates(floor);
  const [accountId, setAccountId] = useState<string | null>(null);
  const [kind, setKind] = useState<Kind>("floor");
  const [remote, setRemote] = useState(false);
  const add = async () => {
    if (!accountId || !(await send({ type: "add_speaker", accountId, kind, remote }))) return;
    setAccountId(null);
    setKind("floor");
    setRemote(false);
  };
  return (
    <fieldset className="add-speaker" data-testid="add-speaker">
      <legend>{t("speakersOperator.add.heading")}</legend>
      <ComboBox
        className="field add-speaker-person"
        selectedKey={accountId}
        onSelectionChange={(key) => setAccountId(key === null ? null : String(key))}
        menuTrigger="focus"
      >
        <Label className="field-label">{t("speakersOperator.add.person")}</Label>
        <Input className="field-input" placeholder={t("speakersOperator.add.search")} data-testid="add-speaker-person" />
        <Popover className="select-field-popover">
          <ListBox className="select-field-list" renderEmptyState={() => t("speakersOperator.add.nobody")}>
            {people.map((p) => (
              <ListBoxItem
                key={p.accountId}
                id={p.accountId}
                className="select-field-option"
                textValue={`${p.name} ${p.parliament}`}
                data-testid="add-speaker-option"
              >
                <bdi>{p.name}</bdi> <bdi className="queue-parliament">{p.parliament}</bdi>
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </ComboBox>
      <RadioGroup className="radio-group" value={kind} onChange={(v) => setKind(v === "point_of_order" ? "point_of_order" : "floor")}>
        <Label className="field-label">{t("speakersOperator.add.kind")}</Label>
        <div className="radio-options">
          <Radio className="radio" value="floor">
            {t("speakersOperator.kind.floor")}
          </Radio>
          <Radio className="radio" value="point_of_order">
            {t("speakersOperator.kind.point_of_order")}
          </Radio>
        </div>
      </RadioGroup>
      <Checkbox className="checkbox" isSelected={remote} onChange={setRemote}>
        <span className="checkbox-box" aria-hidden="true" />
        {t("speakersOperator.add.remote")}
      </Checkbox>
      <Button className="button button-primary" isDisabled={pending || accountId === null} onPress={() => void add()}>
        {t("speakersOperator.add.submit")}
      </Button>
    </fieldset>
  );
};
