import { describe, expect, it } from "vitest";
import { canonicalEmail, parseStaffRoles, roleFor, type StaffRoles } from "../../src/auth/roles";

function roles(json: object): StaffRoles {
  const parsed = parseStaffRoles(JSON.stringify(json));
  if ("problem" in parsed) throw new Error(parsed.problem);
  return parsed;
}

describe("STAFF_ROLES", () => {
  const map = roles({ "Alice@Example.gov": "agent", "@analysts.example.gov": "analyst", "bob@analysts.example.gov": "agent" });

  it("gives an exact address its role, whatever the case", () => {
    expect(roleFor("alice@example.gov", map)).toBe("agent");
    expect(roleFor("ALICE@EXAMPLE.GOV", map)).toBe("agent");
  });

  it("gives every address in an @domain that domain's role, unless the address has its own entry", () => {
    expect(roleFor("carol@analysts.example.gov", map)).toBe("analyst");
    expect(roleFor("bob@analysts.example.gov", map)).toBe("agent");
  });

  it("gives no role to anyone else, nor to subdomains or lookalike addresses", () => {
    expect(roleFor("mallory@example.gov", map)).toBeUndefined();
    expect(roleFor("carol@eu.analysts.example.gov", map)).toBeUndefined();
    expect(roleFor("carol@analysts.example.gov.evil.example", map)).toBeUndefined();
    expect(roleFor("@analysts.example.gov", map)).toBeUndefined();
    expect(roleFor("", map)).toBeUndefined();
  });

  it("refuses an address that is not plain ASCII, so a lookalike letter cannot match a listed domain", () => {
    // "\u212A" is the Kelvin sign: toLowerCase() turns it into an ASCII "k".
    const kaspersky = roles({ "@kaspersky.example": "agent", "kim@example.gov": "analyst" });
    expect(roleFor("mallory@\u212Aaspersky.example", kaspersky)).toBeUndefined();
    expect(roleFor("\u212Aim@example.gov", kaspersky)).toBeUndefined();
    expect(roleFor("KIM@EXAMPLE.GOV", kaspersky)).toBe("analyst");
    expect(canonicalEmail(" Kim@Example.GOV ")).toBe("kim@example.gov");
    expect(canonicalEmail("kim@exampl\u00e9.gov")).toBeUndefined();
  });

  it.each([
    ["a key that is not plain ASCII", '{"@\u212Aaspersky.example":"agent"}', /not plain ASCII/],
    ["not JSON", "alice@example.gov=agent", /not valid JSON/],
    ["a list", '["alice@example.gov"]', /must map addresses/],
    ["an unknown role", '{"alice@example.gov":"admin"}', /must map addresses to one of: agent, analyst/],
    ["a key that is neither an address nor an @domain", '{"example.gov":"agent"}', /"example.gov" is neither/],
    ["the same address twice, in different case", '{"a@example.gov":"agent","A@example.gov":"analyst"}', /twice/],
  ])("is refused as a whole when it is %s", (_, json, problem) => {
    const parsed = parseStaffRoles(json);
    expect("problem" in parsed && parsed.problem).toMatch(problem);
  });
});
