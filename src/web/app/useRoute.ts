import { useSyncExternalStore } from "react";
import { parseRoute, snapshot, subscribe, type Route } from "./router.js";

/** The current route; re-renders on navigation and on the browser's back and forward buttons. */
export const useRoute = (): Route => parseRoute(useSyncExternalStore(subscribe, snapshot));
