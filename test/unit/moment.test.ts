import { describe, expect, it } from "vitest";
import {
  formatLocal,
  isValidMoment,
  isValidTimeZone,
  parseInstant,
  resolveMoment,
} from "../../src/time/moment.ts";

describe("moments", () => {
  it.each([
    ["2026-12-01", true],
    ["2026-12-01T10:00", true],
    ["2026-12-01T10:00:30.5", true],
    ["2026-12-01T10:00:00Z", true],
    ["2026-12-01T10:00:00+09:00", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-12-01T24:01", false],
    // A leap second: Temporal would read it as :59, a second before the moment meant.
    ["2099-03-01T09:59:60", false],
    ["2099-03-01T09:59:60Z", false],
    ["2099-03-01T09:59:60.5+08:00", false],
    ["2099-03-01T09:59:59.999999999Z", true],
    ["2099-03-01T09:60", false],
    ["01/12/2026", false],
    ["", false],
  ])("%j is a valid moment: %s", (text, valid) => {
    expect(isValidMoment(text)).toBe(valid);
  });

  it("reads a local time in the market's zone, across a daylight-saving change", () => {
    // Paris is UTC+2 in summer and UTC+1 in winter.
    expect(resolveMoment("2026-07-01T10:00", "Europe/Paris").toInstant().toString()).toBe(
      "2026-07-01T08:00:00Z",
    );
    expect(resolveMoment("2026-12-01T10:00", "Europe/Paris").toInstant().toString()).toBe(
      "2026-12-01T09:00:00Z",
    );
  });

  it("shows a moment with its zone and offset", () => {
    expect(formatLocal(resolveMoment("2026-12-01T00:00:00Z", "Asia/Shanghai"))).toBe(
      "2026-12-01 08:00 Asia/Shanghai (UTC+08:00)",
    );
  });

  it("accepts only an instant as the build clock", () => {
    expect(parseInstant("2026-12-01T00:00:00Z").toString()).toBe("2026-12-01T00:00:00Z");
    expect(() => parseInstant("2026-12-01")).toThrow(
      /Expected an ISO-8601 instant with Z or an offset/,
    );
  });

  it("refuses a leap second everywhere a moment is read, never reading it as :59", () => {
    expect(() => parseInstant("2099-03-01T09:59:60Z")).toThrow(
      'Expected an instant whose seconds run from 00 to 59 but received "2099-03-01T09:59:60Z" (a leap second)',
    );
    expect(() => parseInstant("2016-12-31T23:59:60+00:00")).toThrow(/a leap second/);
    expect(() => resolveMoment("2099-03-01T09:59:60", "Asia/Shanghai")).toThrow(RangeError);
    expect(() => resolveMoment("2099-03-01T09:59:60Z", "Asia/Shanghai")).toThrow(RangeError);
    expect(parseInstant("2099-03-01T09:59:59Z").toString()).toBe("2099-03-01T09:59:59Z");
  });

  it.each([
    ["Europe/Paris", true],
    ["Asia/Tokio", false],
    ["", false],
    [" Asia/Tokyo", false],
  ])("time zone %j is valid: %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
