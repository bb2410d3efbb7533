import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import { ActButton, ErrorNotice, useAct } from "../committee/shared.js";

/** A participant following the sitting from elsewhere records themselves present, remote; pressing again changes nothing. */
export const JoinRemotely = ({ sittingId }: { sittingId: string }) => {
  const { t } = useTranslation();
  const act = useAct();
  const [joined, setJoined] = useState(false);
  return (
    <div className="join-remotely">
      <ErrorNotice error={act.error} />
      {joined ? (
        <p className="notice" role="status" data-testid="joined-remotely">
          {t("attendance.joined")}
        </p>
      ) : (
        <ActButton
          label={t("attendance.joinRemotely")}
          name="join"
          act={act}
          quiet
          testId="join-remotely"
          onPress={() => api.attendance.joinRemotely({ params: { id: sittingId } }).then(() => setJoined(true))}
        />
      )}
    </div>
  );
};
