import { main } from "./main.js";

/** Runs the command line from the sources (`npm run dev`), as `bin/rapporteur.js` runs it from the build. */
await main(process.argv);
