const NEXT = new Set(["PageDown", "ArrowDown", " ", "Enter"]);
const PREVIOUS = new Set(["PageUp", "ArrowUp", "Backspace"]);

/** The step a key asks for: arrows follow the reading direction (left is next in Arabic), clickers send Page Up/Down. */
export const pagingStep = (key: string, dir: "ltr" | "rtl"): "next" | "previous" | "first" | "last" | null => {
  if (NEXT.has(key) || key === (dir === "rtl" ? "ArrowLeft" : "ArrowRight")) return "next";
  if (PREVIOUS.has(key) || key === (dir === "rtl" ? "ArrowRight" : "ArrowLeft")) return "previous";
  if (key === "Home") return "first";
  if (key === "End") return "last";
  return null;
};
