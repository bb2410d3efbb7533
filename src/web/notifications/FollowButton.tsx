import { useState } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { followTarget } from "../../api/notifications.js";
import { api, requests } from "../api/client.js";
import { useResource } from "../api/useResource.js";
import { useSession } from "../app/session.js";

/** Follow / Unfollow a draft or a group, shown only to signed-in people the server says may follow it. */
export const FollowButton = (props: { target: z.output<typeof followTarget>; id: string }) => {
  const session = useSession();
  return session.account ? <FollowToggle {...props} /> : null;
};

const FollowToggle = ({ target, id }: { target: z.output<typeof followTarget>; id: string }) => {
  const { t } = useTranslation();
  const { resource, reload } = useResource(requests.notifications.follow({ params: { target, id } }));
  const [busy, setBusy] = useState(false);
  if (resource.state !== "ready" || !resource.data.permissions.follow) return null;
  const following = resource.data.following;
  const toggle = async () => {
    setBusy(true);
    try {
      await api.notifications.setFollow({ params: { target, id }, body: { following: !following } });
      reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      className="button button-quiet follow-button"
      aria-pressed={following}
      isDisabled={busy}
      onPress={() => void toggle()}
      data-testid="follow-button"
    >
      {t(following ? `notifications.unfollow.${target}` : `notifications.follow.${target}`)}
    </Button>
  );
};
