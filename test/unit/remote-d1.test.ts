import { describe, expect, it } from "vitest";
import { remoteTarget } from "../../scripts/lib/remote-d1";

const ID = "3f1c2a9e-5b7d-4e21-9c0a-1d2e3f4a5b6c";

describe("the deployed D1 that counts:rebuild --remote would write to", () => {
  it("is the DB binding's database when its id is a real one", () => {
    expect(remoteTarget([{ binding: "DB", database_name: "kaspersky-check", database_id: ID }], "wrangler.toml")).toEqual({
      ok: true,
      binding: "DB",
      name: "kaspersky-check",
      id: ID,
    });
  });

  it.each([
    [
      "the placeholder id",
      [{ binding: "DB", database_name: "x", database_id: "00000000-0000-0000-0000-000000000000" }],
      "d1 create",
    ],
    ["no id", [{ binding: "DB", database_name: "x" }], "is missing"],
    ["an id that is not one", [{ binding: "DB", database_name: "x", database_id: "my-db" }], '"my-db"'],
    ["no DB binding", [{ binding: "OTHER", database_id: ID }], 'no [[d1_databases]] entry with binding = "DB"'],
  ])("is refused, saying what to do, with %s", (_case, entries, message) => {
    const target = remoteTarget(entries, "wrangler.toml");
    expect(target.ok).toBe(false);
    expect(!target.ok && target.problem).toContain(message);
  });
});
