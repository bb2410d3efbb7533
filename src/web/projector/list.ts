import type { Routes } from "../../api/routes.js";
import type { AllLanguages, Output } from "../api/client.js";

/** A sitting's hall screens as the control page reads them, every text in all its languages. */
export type ProjectorList = AllLanguages<Output<Routes["projectors"]["list"]>>;
export type ProjectorRecord = ProjectorList["projectors"][number];
