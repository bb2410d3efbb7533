import { csrfHeaders, errorFrom } from "../api/client.js";

/**
 * Sends a POST whose answer is a file and hands the file to the browser under `fileName`. Used where writing
 * the file issues something new (fresh sign-in links), which a plain link must not do.
 */
export const downloadByPost = async (url: string, body: object, fileName: string): Promise<void> => {
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "*/*", ...csrfHeaders() },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw await errorFrom(response);
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
};
