import { useEffect, useRef, useState } from "react";
import { Button, Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { Field } from "../components/fields.js";

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

/** The browser's own QR reader, where it has one (Chromium on Android, macOS, ChromeOS). */
const barcodeDetector = (): DetectorClass | null =>
  typeof window !== "undefined" && "BarcodeDetector" in window
    ? (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector
    : null;

/**
 * The door scanner: the camera reads the QR code of an access slip where the browser can, and the code can always
 * be typed or pasted (a hand-held scanner types it too). Each code read is submitted once.
 */
export const DoorScanner = ({ onCode, pending }: { onCode: (code: string) => Promise<boolean>; pending: boolean }) => {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [camera, setCamera] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const Detector = barcodeDetector();

  useEffect(() => {
    if (!camera || !Detector) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    let last = "";
    const detector = new Detector({ formats: ["qr_code"] });
    const tick = async () => {
      if (stopped || !video.current) return;
      const found = await detector.detect(video.current).catch(() => []);
      const value = found[0]?.rawValue;
      if (value && value !== last) {
        last = value;
        await onCode(value);
      }
      if (!stopped) setTimeout(() => void tick(), 400);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then(async (s) => {
        stream = s;
        if (!video.current || stopped) return;
        video.current.srcObject = s;
        await video.current.play();
        void tick();
      })
      .catch(() => setCamera(false));
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [camera, Detector, onCode]);

  return (
    <section className="door-scanner" aria-labelledby="door-scanner">
      <h2 id="door-scanner">{t("attendance.scanner.title")}</h2>
      <Form
        className="door-scanner-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) void onCode(code).then((ok) => ok && setCode(""));
        }}
      >
        <Field
          label={t("attendance.scanner.code")}
          description={t("attendance.scanner.hint")}
          value={code}
          onChange={setCode}
          autoComplete="off"
          spellCheck="false"
          data-testid="scan-code"
        />
        <Button type="submit" className="button button-primary" isPending={pending} isDisabled={!code.trim()} data-testid="scan-submit">
          {t("attendance.scanner.checkIn")}
        </Button>
        {Detector && (
          <Button className="button button-quiet" onPress={() => setCamera((c) => !c)}>
            {camera ? t("attendance.scanner.stopCamera") : t("attendance.scanner.camera")}
          </Button>
        )}
      </Form>
      {camera && <video ref={video} className="door-scanner-video" muted playsInline aria-label={t("attendance.scanner.camera")} />}
    </section>
  );
};
