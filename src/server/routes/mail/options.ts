/** What the mail routes need from the app: where links point, how mail leaves, and the session settings. */
export interface MailRouteOptions {
  readonly publicUrl: string;
  readonly delivery: "smtp" | "log";
  readonly sessionDays: number;
  readonly secureCookies: boolean;
  readonly loginRateLimit: number;
}
