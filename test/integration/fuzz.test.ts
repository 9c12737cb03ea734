// Fuzzing every route: random methods, paths, query strings, content types,
// bodies and headers. Whatever arrives, the Worker answers below 500, and every
// refusal says what is wrong. A fixed seed keeps `npm test` repeatable;
// `npm run fuzz` runs many more cases with a fresh seed (FUZZ_RUNS, FUZZ_SEED).
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ORIGIN } from "./helpers";
import { holdExpectedLogs } from "../support/console";
import { phone } from "./ivr-phone";

const RUNS = Number(env.FUZZ_RUNS) || 250;
const SEED = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : 20261122;

const segment = fc.oneof(
  fc.constantFrom(
    "check",
    "result",
    "api",
    "v1",
    "checks",
    "questionnaire",
    "hotline",
    "analyst",
    "stats",
    "assets",
    "dev",
    "sign-in",
    "ivr",
  ),
  fc.constantFrom("call", "step", "whisper", "dialed"),
  fc.constantFrom("respondent", "has_kaspersky", "products", "state", "answers", "not-sure", "open", "edit", "outcome"),
  fc.constantFrom("KX7P4M2Q", "ZZZZZZZZ", "kx7p-4m2q", "%00", "..", "%2e%2e", "😀", "a".repeat(300)),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.constantFrom(
    "/",
    "/check/respondent",
    "/check/answers",
    "/check/not-sure",
    "/result",
    "/api/v1/checks",
    "/api/v1/questionnaire",
    "/hotline",
    "/api/v1/hotline/checks",
    "/dev/sign-in",
    "/ivr/call",
    "/ivr/step",
  ),
  fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join("/")}`),
);
const query = fc.oneof(
  fc.constant(""),
  fc
    .dictionary(
      fc.constantFrom("lang", "change", "reference", "group_by", "from", "to", "format", "x"),
      fc.string({ maxLength: 20 }),
    )
    .map((q) => `?${new URLSearchParams(q)}`),
);
const answersLike = fc.dictionary(
  fc.constantFrom(
    "respondent",
    "has_kaspersky",
    "products",
    "installed_on",
    "ultraav",
    "embedded",
    "state",
    "sector",
    "devices",
    "name",
  ),
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }),
    fc.integer(),
    fc.constant(null),
  ),
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  answersLike.map((answers) => JSON.stringify({ answers, lang: "en" })),
  answersLike.map((answers) => new URLSearchParams(Object.entries(answers).map(([k, v]) => [k, String(v)])).toString()),
  fc.constant("x".repeat(9000)),
);
const headers = fc.record(
  {
    "content-type": fc.constantFrom(
      "application/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "text/plain",
      "application/xml",
      "",
    ),
    origin: fc.constantFrom(ORIGIN, "https://evil.example", "null"),
    cookie: fc.oneof(
      fc.constant("__Host-check=%7B%22respondent%22%3A%22household%22%7D"),
      fc.string({ maxLength: 40 }).map((s) => `__Host-check=${encodeURIComponent(s)}`),
      fc.constant("__Host-lang=xx"),
    ),
    accept: fc.constantFrom("text/html", "application/json", "text/csv", "*/*"),
    "cf-access-jwt-assertion": fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constant("a.b.c"),
      fc.constant("eyJhbGciOiJub25lIn0.e30."),
    ),
  },
  { requiredKeys: [] },
);
const request = fc.record({
  method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
  path,
  query,
  body,
  headers,
});

describe("fuzzing every route", () => {
  it(`answers ${RUNS} random requests (seed ${SEED}) without a 5xx, and explains every refusal`, async () => {
    // Random tokens are refused and logged on purpose; any other warning still prints.
    const release = holdExpectedLogs("warn", /^Staff token refused on /);
    try {
      await fc.assert(
        fc.asyncProperty(request, async ({ method, path, query, body, headers }) => {
          const init: RequestInit = { method, headers: { "cf-connecting-ip": "10.9.9.9", ...headers }, redirect: "manual" };
          if (body !== undefined && method !== "GET") init.body = body;
          const url = new URL(`${ORIGIN}${path}${query}`);
          const res = await exports.default.fetch(new Request(url, init));
          const text = await res.text();
          expect(res.status, `${method} ${path}${query}`).toBeLessThan(500);
          if (res.status >= 400) {
            // As the Worker sees it: "/../api/" is "/api/"; "/api" itself is the API's mount.
            if (/^\/ivr(\/|$)/.test(url.pathname)) {
              // The phone line answers Twilio, in TwiML, whatever it refuses.
              expect(text, `${method} ${path}${query}`).toMatch(/^<\?xml[^>]*><Response>/);
            } else if (/^\/api(\/|$)/.test(url.pathname)) {
              expect(JSON.parse(text).error.message.length, `${method} ${path}: ${text}`).toBeGreaterThan(0);
            } else {
              expect(text, `${method} ${path}${query}`).toMatch(/<h1[^>]*>(<label[^>]*>)?[^<]+<\//);
            }
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    } finally {
      release();
    }
  });

  // Past the signature check: requests signed as Twilio signs them, with random keys, states and fields.
  it(`answers ${Math.ceil(RUNS / 5)} random signed phone-line requests with TwiML, never a 5xx`, async () => {
    const ivrRequest = fc.record({
      path: fc.constantFrom("/ivr/call", "/ivr/step", "/ivr/whisper", "/ivr/dialed"),
      state: fc.oneof(
        fc.constant(undefined),
        fc.string({ maxLength: 60 }),
        // A real state from a call, possibly cut or altered: taken from a live call below.
        fc.nat({ max: 400 }),
      ),
      fields: fc.dictionary(
        fc.constantFrom("Digits", "DialCallStatus", "From", "CallSid", "SpeechResult", "x"),
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("1", "2", "9", "0", "*", "#", "123#", "99999999999", "completed")),
      ),
    });
    const caller = phone();
    await caller.call();
    await caller.press("1");
    const live = new URL(caller.current.gather!.action, ORIGIN).searchParams.get("s")!;
    await fc.assert(
      fc.asyncProperty(ivrRequest, async ({ path, state, fields }) => {
        const token = typeof state === "number" ? live.slice(0, state) + live.slice(state + 1) : state;
        const url = token === undefined ? path : `${path}?s=${encodeURIComponent(token)}`;
        const twiml = await caller.request(url, Object.entries(fields));
        expect(twiml.status, `${url} ${JSON.stringify(fields)}`).toBe(200);
        expect(twiml.xml).toMatch(/^<\?xml[^>]*><Response>.*<\/Response>$/);
      }),
      { numRuns: Math.ceil(RUNS / 5), seed: SEED },
    );
  });
});
