import { describe, expect, it } from "vitest";
import { configOf, readPhone } from "../../src/config";

describe("the hotline number (HOTLINE_PHONE)", () => {
  it("is shown as written and dialled with its country code", () => {
    expect(readPhone("1-800-555-0199")).toEqual({ display: "1-800-555-0199", tel: "tel:+18005550199" });
    expect(readPhone("(202) 555-0101")).toEqual({ display: "(202) 555-0101", tel: "tel:+12025550101" });
    expect(readPhone("+44 20 7946 0000")).toEqual({ display: "+44 20 7946 0000", tel: "tel:+442079460000" });
  });

  it("is left out when empty or not a phone number", () => {
    for (const value of [undefined, "", "  ", "call us", "12345", "1-800-FLOWERS", "1".repeat(16)])
      expect(readPhone(value)).toBeUndefined();
  });
});

describe("the deployment's identity", () => {
  it("falls back to the plain wording in Spanish, and shows the banner only for GOVERNMENT_SITE=true", () => {
    const site = configOf({
      AGENCY_NAME: "Agency",
      HOTLINE_HOURS: "9 to 5",
      HOTLINE_HOURS_ES: "de 9 a 5",
      GOVERNMENT_SITE: "yes",
    }).site;
    expect(site.agencyName).toEqual({ en: "Agency", es: "Agency" });
    expect(site.hotlineHours).toEqual({ en: "9 to 5", es: "de 9 a 5" });
    expect(site.government).toBe(false);
    expect(configOf({ GOVERNMENT_SITE: "true" }).site.government).toBe(true);
    expect(configOf({}).site).toEqual({ serviceName: {}, agencyName: {}, government: false, hotlineHours: {} });
  });
});
