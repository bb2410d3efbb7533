import type { CDPSession, Page } from "playwright-core";
import { expect } from "vitest";

/** What has the keyboard focus: its role and name as Chromium gives them to a screen reader, and whether a focus ring shows. */
export interface Focus {
  readonly role: string;
  readonly name: string;
  readonly testId: string | null;
  /** Whether the focused control, or the box drawn for it (a checkbox's square, a radio's circle), has an outline. */
  readonly ringed: boolean;
  /** Elements around the focused control that draw a focus ring of their own too, as if they had the focus. */
  readonly around: readonly string[];
  readonly inDialog: boolean;
  readonly checked: boolean | null;
}

const NOTHING: Focus = {
  role: "",
  name: "(nothing: the page's body)",
  testId: null,
  ringed: false,
  around: [],
  inDialog: false,
  checked: null,
};

const sessions = new WeakMap<Page, CDPSession>();
const cdpOf = async (page: Page): Promise<CDPSession> => {
  const known = sessions.get(page);
  if (known) return known;
  const session = await page.context().newCDPSession(page);
  sessions.set(page, session);
  return session;
};

/** What has the focus now, read through Chromium's accessibility tree. */
export const focusOf = async (page: Page): Promise<Focus> => {
  const cdp = await cdpOf(page);
  const { result } = await cdp.send("Runtime.evaluate", {
    expression: "document.activeElement === document.body ? null : document.activeElement",
    objectGroup: "keyboard",
  });
  try {
    if (!result.objectId) return NOTHING;
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { objectId: result.objectId, fetchRelatives: false });
    const node = nodes[0];
    const { result: seen } = await cdp.send("Runtime.callFunctionOn", {
      objectId: result.objectId,
      returnByValue: true,
      functionDeclaration: String(function (this: HTMLElement) {
        const ring = (e: Element, pseudo?: string) => {
          const s = getComputedStyle(e, pseudo);
          return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
        };
        // A checkbox's or a radio's input is drawn by its label; any other control draws its own ring.
        const holder = this.closest("label") ?? this;
        const drawn = [this, holder, ...holder.querySelectorAll("*")];
        const around: string[] = [];
        for (let e = holder.parentElement; e; e = e.parentElement)
          if (e.hasAttribute("data-focus-visible") && ring(e)) around.push(`${e.tagName.toLowerCase()}.${[...e.classList].join(".")}`);
        return {
          testId: this.getAttribute("data-testid"),
          ringed: drawn.some((e) => ring(e) || ring(e, "::before") || ring(e, "::after")),
          around,
          inDialog: this.closest("[role=dialog], [role=alertdialog]") !== null,
          checked: this instanceof HTMLInputElement && (this.type === "checkbox" || this.type === "radio") ? this.checked : null,
        };
      }),
    });
    if (seen.value === undefined) throw new Error(`Could not read the focused element: ${JSON.stringify(seen)}`);
    const found = seen.value as Pick<Focus, "testId" | "ringed" | "around" | "inDialog" | "checked">;
    return {
      role: String(node?.role?.value ?? ""),
      name: String(node?.name?.value ?? "")
        .replace(/[\u2068\u2069]/g, "")
        .replace(/\s+/g, " ")
        .trim(),
      ...found,
    };
  } finally {
    await cdp.send("Runtime.releaseObjectGroup", { objectGroup: "keyboard" });
  }
};

/** What a keyboard user looks for: a control by its name, and its role when the name alone is not enough. */
export interface Wanted {
  readonly name: RegExp | string;
  readonly role?: string;
  /** The product's test id, for controls whose names repeat (one "Accept" per amendment). */
  readonly testId?: string;
}

const matches = (focus: Focus, wanted: Wanted): boolean =>
  (typeof wanted.name === "string" ? focus.name === wanted.name : wanted.name.test(focus.name)) &&
  (wanted.role === undefined || focus.role === wanted.role) &&
  (wanted.testId === undefined || focus.testId === wanted.testId);

const describe = (f: Focus): string => (f.role ? `${f.role} "${f.name}"` : f.name);
const describeWanted = (w: Wanted): string =>
  `${w.role ?? "control"} named ${String(w.name)}${w.testId ? ` (data-testid=${w.testId})` : ""}`;

/** Fails, naming the control, unless the focus on it can be seen, and there only. */
export const expectFocusVisible = (focus: Focus): void => {
  if (!focus.ringed) throw new Error(`The focus on ${describe(focus)} cannot be seen: neither it nor its box has an outline`);
  if (focus.around.length > 0)
    throw new Error(`The focus on ${describe(focus)} is shown around ${focus.around.join(", ")} too, as if that had the focus`);
};

/**
 * Presses Tab (Shift+Tab with `back`) until the focus is on the wanted control, as a keyboard user would, and checks
 * the focus shows there; fails after `max` presses, listing what the focus went through.
 */
export const tabTo = async (page: Page, wanted: Wanted, { max = 150, back = false } = {}): Promise<Focus> => {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focusOf(page);
    if (matches(now, wanted)) {
      expectFocusVisible(now);
      return now;
    }
    seen.push(describe(now));
  }
  throw new Error(
    `No ${describeWanted(wanted)} after ${max} presses of ${back ? "Shift+Tab" : "Tab"}; the focus went through: ${seen.join(" | ")}`,
  );
};

/** Presses KEY (an arrow) until the focus is on the wanted control: an option of an open list, a radio of a group. */
export const arrowTo = async (page: Page, key: string, wanted: Wanted, max = 40): Promise<Focus> => {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focusOf(page);
    if (matches(now, wanted)) return now;
    seen.push(describe(now));
  }
  throw new Error(`No ${describeWanted(wanted)} after ${max} presses of ${key}; the focus went through: ${seen.join(" | ")}`);
};

/** Waits until the focus is on the wanted control (a dialog's button once it opens, a control given the focus back). */
export const expectFocusOn = async (page: Page, wanted: Wanted, timeout = 20_000): Promise<Focus> => {
  let last = NOTHING;
  await expect
    .poll(
      async () => {
        last = await focusOf(page);
        return matches(last, wanted);
      },
      { timeout, interval: 200 },
    )
    .toBe(true)
    .catch(() => {
      throw new Error(`The focus should be on the ${describeWanted(wanted)}, but is on ${describe(last)}`);
    });
  expectFocusVisible(last);
  return last;
};

/** Replaces what the focused text field holds by TEXT, typed. */
export const retype = async (page: Page, text: string): Promise<void> => {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
};

/** The arrow that moves to the next radio of a horizontal group: leftwards in a right-to-left page. */
export const nextArrow = (lang: string): string => (lang === "ar" ? "ArrowLeft" : "ArrowRight");
export const previousArrow = (lang: string): string => (lang === "ar" ? "ArrowRight" : "ArrowLeft");

/** Escapes a string for a regular expression. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
