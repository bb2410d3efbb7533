import type { SourceBlock } from "../../domain/text/structure.js";

const STARTS_BLOCK =
  /^\s*(?:[-*+•]|(?:PP|OP)\s*\d+|[\d٠-٩]+\s*[.)\-–]|\([\d٠-٩]+\)|\((?:[a-z]{1,2}|[ivx]{1,5}|\p{Script=Arabic})\)|[a-z][.)])\s/iu;

/**
 * Splits plain text into blocks: blank lines separate paragraphs and wrapped lines are joined; when the file
 * has no blank line, every line is a paragraph. A numbered or lettered line always starts a new block.
 */
export const plainTextBlocks = (text: string): SourceBlock[] => {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blankSeparated = lines.some((l, i) => l.trim() === "" && i > 0 && i < lines.length - 1);
  const blocks: Array<{ text: string; where: string }> = [];
  let open = false;
  lines.forEach((line, i) => {
    const text = line.trim();
    if (text === "") {
      open = false;
      return;
    }
    const last = blocks[blocks.length - 1];
    if (blankSeparated && open && last && !STARTS_BLOCK.test(line)) last.text += ` ${text}`;
    else blocks.push({ text, where: `line ${i + 1}` });
    open = true;
  });
  return blocks;
};
