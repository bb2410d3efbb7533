import { useTranslation } from "react-i18next";
import type { Room } from "../api/types.js";
import { Ml } from "./Ml.js";

/** A discussion group's room: hall, floor and building, and its capacity where the screen shows it. */
export const RoomDetails = ({ room, className, withCapacity = false }: { room: Room; className: string; withCapacity?: boolean }) => {
  const { t } = useTranslation();
  return (
    <dl className={className}>
      <div className={withCapacity ? "room-hall" : undefined}>
        <dt>{t("room.hall")}</dt>
        <dd>
          <Ml text={room.hall} />
        </dd>
      </div>
      <div>
        <dt>{t("room.floor")}</dt>
        <dd>
          <Ml text={room.floor} />
        </dd>
      </div>
      <div>
        <dt>{t("room.building")}</dt>
        <dd>
          <Ml text={room.building} />
        </dd>
      </div>
      {withCapacity && (
        <div>
          <dt>{t("room.capacity")}</dt>
          <dd>{t("room.seats", { count: room.capacity })}</dd>
        </div>
      )}
    </dl>
  );
};
