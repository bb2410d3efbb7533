import type { Kysely } from "kysely";
import type { Principal } from "../../domain/authorization.js";
import type { Presence } from "../../domain/attendance/attendance.js";
import { directionOf, type Language } from "../../domain/language.js";
import { readSittingAttendance } from "../../commands/attendance/read.js";
import type { Schema } from "../../store/schema.js";
import { TABLE_CONTENT_TYPES, type ExportSheet, type TableFormat } from "./table.js";
import type { PreparedTable } from "./prepare.js";
import type { SittingId } from "../../domain/ids.js";

/** One participant's attendance at a sitting, as the table lists it. */
export interface AttendanceRow {
  readonly name: string;
  readonly parliament: string;
  readonly presence: Presence;
  /** When the presence was recorded; null for an absence nobody recorded. */
  readonly at: string | null;
}

const WORDING: Record<Language, { sheet: string; columns: readonly [string, string, string, string]; presence: Record<Presence, string> }> =
  {
    en: {
      sheet: "Attendance",
      columns: ["Name", "Parliament", "Presence", "Recorded at"],
      presence: { in_hall: "In the hall", remote: "Remote", absent: "Absent" },
    },
    fr: {
      sheet: "Présences",
      columns: ["Nom", "Parlement", "Présence", "Enregistrée le"],
      presence: { in_hall: "En salle", remote: "À distance", absent: "Absent" },
    },
    es: {
      sheet: "Asistencia",
      columns: ["Nombre", "Parlamento", "Asistencia", "Registrada el"],
      presence: { in_hall: "En la sala", remote: "A distancia", absent: "Ausente" },
    },
    ar: {
      sheet: "الحضور",
      columns: ["الاسم", "البرلمان", "الحضور", "وقت التسجيل"],
      presence: { in_hall: "في القاعة", remote: "عن بعد", absent: "غائب" },
    },
  };

/** A sitting's attendance as one sheet: each participant, where they were and when it was recorded. */
export const attendanceSheet = (rows: readonly AttendanceRow[], language: Language): ExportSheet => {
  const w = WORDING[language];
  return {
    name: w.sheet,
    direction: directionOf(language),
    columns: w.columns.map((header, i) => ({ header, width: [30, 24, 16, 22][i] ?? 16 })),
    rows: rows.map((r) => [r.name, r.parliament, w.presence[r.presence], r.at]),
  };
};

/** A sitting's attendance for whoever may read it (the staff, the body's presiding officer), ready for the document threads. */
export const prepareAttendanceTable = async (
  db: Kysely<Schema>,
  p: Principal,
  sittingId: SittingId,
  format: TableFormat,
  language: Language,
): Promise<PreparedTable> => {
  const attendance = await readSittingAttendance(db, p, sittingId);
  const rows = attendance.people.map((x) => ({
    name: x.name,
    parliament: x.parliament,
    presence: (x as { presence?: Presence }).presence ?? "absent",
    at: (x as { at?: string }).at ?? null,
  }));
  return {
    job: { kind: "table", format, sheets: [attendanceSheet(rows, language)] },
    fileName: `sitting-attendance-${language}.${format}`,
    contentType: TABLE_CONTENT_TYPES[format],
  };
};
