// The check-your-answers page carries a one-time reference code so that a double
// press stores one check. Only codes this server issued may be stored: a code a
// visitor makes up (or one without its signature) is replaced by a freshly drawn one.
import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { acceptedReference, issueReference } from "../../src/services/one-time-code";
import { answers } from "../support/answers";
import { Browser, hiddenFields, location } from "./helpers";

/** One page a question, in the registry's order: the answers of a household without Kaspersky on a Mac. */
const journey = Object.entries(answers({ has_kaspersky: "yes", installed_on: ["mac"] })).map(
  ([question, value]) => [question, { [question]: value }] as const,
);

/** A browser at check-your-answers, and that page's hidden fields. */
async function atCheckYourAnswers() {
  const browser = new Browser();
  for (const [question, fields] of journey) await browser.post(`/check/${question}`, fields);
  const fields = hiddenFields(await (await browser.get("/check/answers")).text());
  return { browser, fields };
}

const stored = async (reference: string) =>
  (await env.DB.prepare("select count(*) as n from responses where reference = ?").bind(reference).first<{ n: number }>())!.n;

afterEach(() => vi.restoreAllMocks());

describe("the one-time reference code", () => {
  it("is stored as issued when the page's signature comes with it", async () => {
    const { browser, fields } = await atCheckYourAnswers();
    expect(Object.keys(fields).sort()).toEqual(["reference", "reference_signature"]);
    expect(location(await browser.post("/check/answers", fields))).toBe(`/result/${fields.reference}`);
    expect(await stored(fields.reference!)).toBe(1);
  });

  it.each<[string, (issued: Record<string, string>) => Record<string, string>]>([
    ["a code of the visitor's choosing, unsigned", () => ({ reference: "zzzz-2222" })],
    [
      "a code of the visitor's choosing with a made-up signature",
      (issued) => ({
        reference: "ZZZZ2222",
        reference_signature: issued.reference_signature!.replace(/^./, (c) => (c === "A" ? "B" : "A")),
      }),
    ],
    [
      "a code of the visitor's choosing with another code's signature",
      (issued) => ({ reference: "ZZZZ2222", reference_signature: issued.reference_signature! }),
    ],
    ["the issued code without its signature", (issued) => ({ reference: issued.reference! })],
    [
      "the issued code with its signature in another case",
      (issued) => ({ reference: issued.reference!, reference_signature: issued.reference_signature!.toUpperCase() }),
    ],
  ])("is replaced by a fresh code, not refused, given %s", async (_, forge) => {
    const { browser, fields } = await atCheckYourAnswers();
    const posted = forge(fields);
    const res = await browser.post("/check/answers", posted);
    expect(res.status).toBe(303);
    const reference = /^\/result\/([A-Z0-9]{8})$/.exec(location(res))?.[1];
    expect(reference).toBeDefined();
    expect(reference).not.toBe("ZZZZ2222");
    expect(reference).not.toBe(fields.reference);
    expect(await stored("ZZZZ2222")).toBe(0);
    expect(await stored(reference!)).toBe(1);
  });

  it("never trusts a proposed code when the signing secret is missing or too short, and says why", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const signed = await issueReference({ REFERENCE_SIGNING_SECRET: "a".repeat(43) });
    expect(await acceptedReference({ REFERENCE_SIGNING_SECRET: "a".repeat(43) }, signed.reference, signed.signature)).toBe(
      signed.reference,
    );
    for (const secretless of [{}, { REFERENCE_SIGNING_SECRET: "" }, { REFERENCE_SIGNING_SECRET: "short" }]) {
      const issued = await issueReference(secretless);
      expect(issued.signature).toBeUndefined();
      expect(await acceptedReference(secretless, signed.reference, signed.signature)).toBeUndefined();
    }
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/REFERENCE_SIGNING_SECRET/));
  });
});
