import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The OFL fonts the project ships (npm packages), the only ones the PDF writer is given: Amiri for Arabic, Noto Serif for Latin. */
export const FONT_FILES: readonly string[] = [
  [
    "@expo-google-fonts/amiri",
    [
      "400Regular/Amiri_400Regular.ttf",
      "700Bold/Amiri_700Bold.ttf",
      "400Regular_Italic/Amiri_400Regular_Italic.ttf",
      "700Bold_Italic/Amiri_700Bold_Italic.ttf",
    ],
  ] as const,
  [
    "@expo-google-fonts/noto-serif",
    [
      "400Regular/NotoSerif_400Regular.ttf",
      "700Bold/NotoSerif_700Bold.ttf",
      "400Regular_Italic/NotoSerif_400Regular_Italic.ttf",
      "700Bold_Italic/NotoSerif_700Bold_Italic.ttf",
    ],
  ] as const,
].flatMap(([pkg, files]) => files.map((f) => join(dirname(require.resolve(`${pkg}/package.json`)), f)));

/** The font families a document may use; the template names no other and turns fallback off. */
export const FONT_FAMILIES = ["Amiri", "Noto Serif"] as const;

let blobs: Buffer[] | null = null;

/** The shipped font files, read once. */
export const fontBlobs = (): Buffer[] => (blobs ??= FONT_FILES.map((f) => readFileSync(f)));
