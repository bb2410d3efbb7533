import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { DiscussionGroup } from "../api/types.js";
import { Ml } from "../components/Ml.js";

/** The groups and their rooms as an information note lists them in its arrangements. */
export const GroupsTable = ({ groups }: { groups: readonly DiscussionGroup[] }) => {
  const { t } = useTranslation();
  return (
    <table className="document-groups">
      <caption className="visually-hidden">{t("groups.title")}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t("groups.group")}</th>
          <th scope="col">{t("groups.room")}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.id}>
            <th scope="row">
              {t("groups.number", { number: group.number })} – <Ml text={group.title} />
            </th>
            <td>
              {[group.room.hall, group.room.floor, group.room.building].map((part, index) => (
                <Fragment key={index}>
                  {index > 0 && t("list.separator")}
                  <Ml text={part} />
                </Fragment>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
