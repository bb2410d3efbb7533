import { describe, expect, it } from "vitest";
import { parseRoute, paths } from "../app/router.js";

describe("the addresses of the mail pages", () => {
  it("lead to forgot password, the reset link's page with its secret, and outgoing mail", () => {
    expect(parseRoute(paths.forgotPassword)).toEqual({ page: "forgotPassword" });
    expect(parseRoute("/sign-in/reset?token=abc%2Bdef")).toEqual({ page: "resetPassword", token: "abc+def" });
    expect(parseRoute("/sign-in/reset")).toEqual({ page: "resetPassword", token: null });
    expect(parseRoute(paths.mail)).toEqual({ page: "mail" });
    expect(parseRoute("/mail/extra")).toEqual({ page: "notFound" });
  });
});
