import i18next from "i18next";
import { describe, expect, it } from "vitest";
import en from "../i18n/en.json" with { type: "json" };
import { passwordProblem } from "./passwordRefusal.js";
import { submitOnce } from "./useFormAction.js";

const i18n = await (async () => {
  const instance = i18next.createInstance();
  await instance.init({ lng: "en", resources: { en: { translation: en } } });
  return instance;
})();

describe("a form's press", () => {
  it("says what is wrong on an invalid press and sends nothing, then sends on the first valid press", async () => {
    const sent: string[] = [];
    const values = { password: "short", confirmation: "short" };
    const press = () =>
      submitOnce(
        () => passwordProblem(values.password, values.confirmation, i18n.t),
        async () => void sent.push(values.password),
        () => "refused",
      );
    expect(await press()).toMatch(/at least 12/);
    values.password = "a long enough passphrase";
    expect(await press()).toBe("The two passwords differ.");
    values.confirmation = "a long enough passphrase";
    expect(await press()).toBeNull();
    expect(sent).toEqual(["a long enough passphrase"]);
  });

  it("says why the action failed", async () => {
    expect(
      await submitOnce(
        () => null,
        () => Promise.reject(new Error("down")),
        (cause) => `failed: ${(cause as Error).message}`,
      ),
    ).toBe("failed: down");
  });
});
