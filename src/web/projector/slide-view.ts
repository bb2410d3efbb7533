import type { Output, AllLanguages } from "../api/client.js";
import type { Routes } from "../../api/routes.js";

/** A slide as read for the hall: every text with all its languages. */
export type SlideView = AllLanguages<Output<Routes["projectors"]["hall"]>>["slide"];
