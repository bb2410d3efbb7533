import { prefetchFor } from "./api/early.js";
import { startPageCode } from "./app/page-code.js";
import { parseRoute } from "./app/router.js";
import { initialLanguage, messageLanguages, messagesOf } from "./i18n/messages.js";

// The app's first script imports nothing of React or of the interface's library, so it runs as soon as it arrives
// and asks at once, side by side, for everything the first screen waits for: the app's code, the interface's words,
// the page's code and the page's first reads.
const app = import("./start.js");
const language = initialLanguage();
// A failed download is for the app's own loader to report; the app asks again when it starts.
for (const l of messageLanguages(language)) messagesOf(l).catch(() => undefined);
startPageCode(parseRoute(window.location.pathname + window.location.search));
prefetchFor(window.location.pathname);
void app.then((m) => m.start());
