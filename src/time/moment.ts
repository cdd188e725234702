import { Temporal } from "temporal-polyfill";

/**
 * A moment as editors write it. Without an offset it is a wall-clock time in each market's own
 * time zone (a launch "at 10:00" happens at 10:00 in Paris and at 10:00 in Shanghai); with `Z` or
 * an offset it is one instant everywhere. A bare date means 00:00 local time on that day.
 */
export type MomentForm = "date" | "local-date-time" | "instant";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
/** The seconds of a date-time, when written. */
const SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:(\d{2})/;

export function momentForm(text: string): MomentForm | undefined {
  if (DATE.test(text)) return "date";
  if (LOCAL_DATE_TIME.test(text)) return "local-date-time";
  if (INSTANT.test(text)) return "instant";
  return undefined;
}

/**
 * True for a leap second (`…T09:59:60`, `…T23:59:60Z`). Temporal reads second 60 as 59 without a
 * word, so `09:59:60` would lift a 10:00 embargo one second early: no moment has second 60.
 */
export function isLeapSecond(text: string): boolean {
  return SECONDS.exec(text)?.[1] === "60";
}

/** True when `text` is one of the three moment forms and names a real calendar date and time. */
export function isValidMoment(text: string): boolean {
  const form = momentForm(text);
  if (!form || isLeapSecond(text)) return false;
  try {
    if (form === "date") Temporal.PlainDate.from(text, { overflow: "reject" });
    else if (form === "local-date-time") Temporal.PlainDateTime.from(text, { overflow: "reject" });
    else Temporal.Instant.from(text);
    return true;
  } catch {
    return false;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "" || timeZone !== timeZone.trim()) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The instant a moment stands for in a market's time zone. */
export function resolveMoment(text: string, timeZone: string): Temporal.ZonedDateTime {
  const form = isLeapSecond(text) ? undefined : momentForm(text);
  if (form === "instant") return Temporal.Instant.from(text).toZonedDateTimeISO(timeZone);
  if (form === "date") return Temporal.PlainDate.from(text).toZonedDateTime({ timeZone });
  if (form === "local-date-time")
    return Temporal.PlainDateTime.from(text).toZonedDateTime(timeZone);
  throw new RangeError(
    `Expected an ISO-8601 date, local date-time or instant but received "${text}"`,
  );
}

/** Parses the build clock (`--now`): it must be an instant, with `Z` or an offset. */
export function parseInstant(text: string): Temporal.Instant {
  if (momentForm(text) !== "instant") {
    throw new RangeError(
      `Expected an ISO-8601 instant with Z or an offset (e.g. 2026-12-01T00:00:00Z) but received "${text}"`,
    );
  }
  if (isLeapSecond(text)) {
    throw new RangeError(
      `Expected an instant whose seconds run from 00 to 59 but received "${text}" (a leap second)`,
    );
  }
  return Temporal.Instant.from(text);
}

/** `2099-03-01 10:00 Asia/Shanghai (UTC+08:00)`: how a market's moment is shown to editors. */
export function formatLocal(moment: Temporal.ZonedDateTime): string {
  const date = moment.toPlainDate().toString();
  const time = moment.toPlainTime().toString({ smallestUnit: "minute" });
  return `${date} ${time} ${moment.timeZoneId} (UTC${moment.offset})`;
}

export { Temporal };
