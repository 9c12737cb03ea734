/**
 * The phone line through the Worker, as Twilio drives it: signed requests only,
 * the language menu in two voices, a whole call in each language stored with
 * channel `ivr` and spoken back with the same steps the API gives, the
 * reference spelled, 9 to hear it again, 0 to an agent who hears the reference,
 * and nothing of the caller's (number, CallSid) in the database or the logs.
 */
import { createExecutionContext, env } from "cloudflare:test";
import worker from "../../src/index";
import { Phone } from "../support/phone";
import { AGENT_HEADERS } from "./staff-tokens";
import { Browser, ORIGIN } from "./helpers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { byKind } from "../../src/check/guidance";
import { fill } from "../../src/i18n";
import type { StepId } from "../../src/check/guidance/rules";
import { spokenReference, spokenStep } from "../../src/telephony/call-flow";
import { PHONE_WORDS } from "../../src/telephony/words";
import { answers } from "../support/answers";
import { holdExpectedLogs } from "../support/console";
import { foldPending, get } from "./helpers";

/** A phone on a Worker configured with `vars` over the test bindings. */
const phoneWith = (vars: Record<string, string>) =>
  new Phone(ORIGIN, (env as unknown as { TWILIO_AUTH_TOKEN: string }).TWILIO_AUTH_TOKEN, async (url, body, headers) =>
    worker.fetch(new Request(url, { method: "POST", headers, body }), { ...env, ...vars } as Env, createExecutionContext()),
  );

/** A phone on a Worker whose agents' queue is a SIP URI. */
const sipPhone = () =>
  new Phone(
    ORIGIN,
    (env as unknown as { TWILIO_AUTH_TOKEN: string }).TWILIO_AUTH_TOKEN,
    async (url, body, headers) =>
      await worker.fetch(
        new Request(url, { method: "POST", headers, body }),
        { ...env, IVR_AGENT_NUMBER: "sip:desk@pbx.example" } as Env,
        createExecutionContext(),
      ),
  );
import { callAndAnswer, heardReference, phone, sendToWorker } from "./ivr-phone";

afterEach(() => vi.restoreAllMocks());

const household = answers({
  has_kaspersky: "yes",
  products: ["password_manager", "vpn"],
  installed_on: ["windows", "android"],
  state: "TX",
});
const business = answers({
  respondent: "critical_infrastructure",
  sector: "water_wastewater",
  has_kaspersky: "yes",
  products: ["endpoint", "industrial", "other_or_unknown"],
  installed_on: ["windows", "servers"],
  devices: "50_249",
  ultraav: "not_sure",
  embedded: "yes",
});

describe("the phone line's requests", () => {
  it("refuses a request without Twilio's valid signature with 403, and reads nothing of it", async () => {
    const url = "https://check.example/ivr/call";
    const body = new URLSearchParams({ From: "+12025550123", CallSid: "CA1" });
    const type = { "content-type": "application/x-www-form-urlencoded" };
    expect((await sendToWorker(url, body, type)).status).toBe(403);
    expect((await sendToWorker(url, body, { ...type, "x-twilio-signature": "AAAAAAAAAAAAAAAAAAAAAAAAAAA=" })).status).toBe(403);
    // Signed for another address: Twilio signs the URL it calls, query string included.
    const caller = phone();
    await caller.call();
    const replayed = await sendToWorker(`${url}?x=1`, body, { ...type, "x-twilio-signature": "0/KCTR6DLpKmkAf8muzZqo1nDgQ=" });
    expect(replayed.status).toBe(403);
  });

  it("answers a call with TwiML: the language menu, each language in its US voice, keys at once", async () => {
    const caller = phone();
    const twiml = await caller.call();
    expect(twiml.status).toBe(200);
    expect(twiml.says).toEqual([
      { language: "en-US", voice: "Polly.Joanna", text: "For English, press 1." },
      { language: "es-US", voice: "Polly.Lupe", text: "Para español, oprima 2." },
    ]);
    expect(twiml.gather).toMatchObject({ numDigits: 1, finishOnKey: "" });
    expect(twiml.redirect).toBe(twiml.gather!.action);
  });

  it("fails closed without its secrets: 503 without the auth token, an apology in both languages without the signing secret", async () => {
    const errors = holdExpectedLogs("error", /TWILIO_AUTH_TOKEN is not set|REFERENCE_SIGNING_SECRET is not set/);
    try {
      expect((await phoneWith({ TWILIO_AUTH_TOKEN: "" }).call()).status).toBe(503);
      const unsigned = await phoneWith({ REFERENCE_SIGNING_SECRET: "" }).call();
      expect(unsigned.says.map((s) => s.text)).toEqual([PHONE_WORDS.en.ivr.unavailable, PHONE_WORDS.es.ivr.unavailable]);
      expect(unsigned.hangup).toBe(true);
    } finally {
      expect(errors()).toHaveLength(2);
    }
  });

  it("starts again at the language menu when a step's state is altered or not ours", async () => {
    const caller = phone();
    await caller.call();
    const action = caller.current.gather!.action;
    const altered = await caller.request(action.replace(/\.[^.]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), [
      ["Digits", "1"],
    ]);
    expect(altered.says[0]!.text).toBe("For English, press 1.");
  });
});

describe("a whole call", () => {
  it.each([
    ["en", household],
    ["es", business],
  ] as const)(
    "stores the check with channel ivr and speaks the API's steps, the reference spelled (%s)",
    async (locale, given) => {
      const caller = await callAndAnswer(given, locale);
      const reference = heardReference(caller);
      await foldPending();
      const stored = await env.DB.prepare("select channel, locale from responses where reference = ?").bind(reference).first();
      expect(stored).toEqual({ channel: "ivr", locale });

      const api = (await (await get(`/api/v1/checks/${reference}?lang=${locale}`)).json()) as {
        guidance: { steps: { id: never; kind: "fact" | "task" | "contact" }[] };
      };
      const { ivr } = PHONE_WORDS[locale];
      const say = (id: StepId) => spokenStep(id, locale);
      const { facts, tasks, contacts } = byKind(api.guidance as never);
      const expected = [
        ivr.resultIntro,
        ...facts.map((s) => say(s.id)),
        ...tasks.map((s, i) => fill(ivr.task, { n: String(i + 1), text: say(s.id) })),
        ...contacts.map((s) => say(s.id)),
      ];
      expect(caller.current.says.map((s) => s.text).slice(0, expected.length)).toEqual(expected);
      expect(caller.current.says.every((s) => s.language === (locale === "en" ? "en-US" : "es-US"))).toBe(true);
      expect(caller.says).not.toMatch(/https?:|www\.|\.gov\b/);
      // The last words in the Gather say what 9 and 0 do; silence after it ends the call politely.
      expect(caller.current.says.slice(-2).map((s) => s.text)).toEqual([ivr.again, ivr.goodbye]);
      expect(caller.current.redirect).toBeUndefined();
      expect(caller.current.hangup).toBe(true);

      // 9 hears it all again.
      const first = caller.current.says;
      const again = await caller.press("9");
      expect(again.says).toEqual(first);
      expect(heardReference(caller)).toBe(reference);
    },
  );

  it("hands over to the agents' number on 0 at the end: the agent first hears the reference", async () => {
    const caller = await callAndAnswer(household, "en");
    const reference = heardReference(caller);
    const dialing = await caller.press("0");
    expect(dialing.dial?.target).toBe("+12025550100");
    expect(dialing.says[0]!.text).toBe(PHONE_WORDS.en.ivr.connecting);
    const whisper = await caller.request(dialing.dial!.whisper);
    expect(whisper.says.map((s) => s.text)).toEqual([
      fill(PHONE_WORDS.en.ivr.whisperReference, { code: spokenReference(reference, "en") }),
    ]);
    const after = await caller.request(dialing.dial!.action, [["DialCallStatus", "no-answer"]]);
    expect(after.says[0]!.text).toBe(PHONE_WORDS.en.ivr.noAgent);
    const done = await caller.request(dialing.dial!.action, [["DialCallStatus", "completed"]]);
    expect(done.says).toEqual([]);
    expect(done.hangup).toBe(true);
  });

  it("hands over on 0 in the middle, storing nothing; the agent hears the questions were not finished", async () => {
    const before = await env.DB.prepare("select count(*) as n from responses").first<{ n: number }>();
    const caller = phone();
    await caller.call();
    await caller.press("2");
    const dialing = await caller.press("0");
    expect(dialing.says[0]!.text).toBe(PHONE_WORDS.es.ivr.connecting);
    const whisper = await caller.request(dialing.dial!.whisper);
    expect(whisper.says[0]!.text).toBe(PHONE_WORDS.en.ivr.whisperPartial);
    expect(await env.DB.prepare("select count(*) as n from responses").first()).toEqual(before);
  });
});

describe("privacy on the phone line", () => {
  it("never stores or logs the caller's number, the CallSid or any other Twilio field", async () => {
    const lines: string[] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    }
    const number = "+13125550177";
    const caller = await callAndAnswer(household, "en", number);
    await caller.press("0");
    const { results } = await env.DB.prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '_cf_%'",
    ).all<{ name: string }>();
    const dump: unknown[] = [];
    for (const { name } of results) dump.push((await env.DB.prepare(`select * from "${name}"`).all()).results);
    const everything = JSON.stringify(dump) + lines.join("\n");
    for (const marker of [number, "3125550177", "CA1234567890abcdef", "SPRINGFIELD", "62701", "AC0000000000"]) {
      expect(everything).not.toContain(marker);
    }
  });
});

describe("the desk after a hand-over", () => {
  it("opens a phone check's script with the answers, saying it came from the phone line; SIP gets the reference", async () => {
    const caller = await callAndAnswer(household, "es");
    const reference = heardReference(caller);
    const html = await (await new Browser(AGENT_HEADERS).get(`/hotline/checks/${reference}`)).text();
    expect(html).toContain("Came from the phone line");
    const sip = sipPhone();
    sip.current = caller.current;
    const dialing = await sip.press("0");
    expect(dialing.dial!.target).toBe(`sip:desk@pbx.example?X-Check-Reference=${reference}`);
  });

  it("lets the agent who takes the call record its outcome, as on a desk check", async () => {
    const reference = heardReference(await callAndAnswer(household, "en"));
    const agent = new Browser(AGENT_HEADERS);
    const saved = await agent.post(`/hotline/checks/${reference}/outcome`, { outcome: "guided_removal" });
    expect(saved.headers.get("location")).toBe(`/hotline/checks/${reference}?saved=outcome`);
    const stored = await env.DB.prepare("select channel, outcome from responses where reference = ?").bind(reference).first();
    expect(stored).toEqual({ channel: "ivr", outcome: "guided_removal" });
    const counted = await env.DB.prepare(
      "select sum(responses) as n from weekly_counts where dim_a = 'outcome' and dim_b = '' and channel = 'ivr' and value_a = 'guided_removal'",
    ).first<{ n: number }>();
    expect(counted?.n).toBe(1);
  });

  it("before the end, passes the signed answers so far in a SIP header: the desk opens them, nothing stored", async () => {
    const sip = sipPhone();
    await sip.call();
    await sip.press("1");
    await sip.press("2");
    const dialing = await sip.press("0");
    const state = /X-Check-State=(.+)$/.exec(dialing.dial!.target)![1]!;
    const html = await (await new Browser(AGENT_HEADERS).get(`/hotline/phone?s=${state}`)).text();
    expect(html).toContain("Came from the phone line");
    expect(html).toMatch(/value="small_business"[^>]*checked|checked[^>]*value="small_business"/);
    expect((await new Browser(AGENT_HEADERS).get("/hotline/phone?s=not-a-state")).status).toBe(404);
    expect((await new Browser().get(`/hotline/phone?s=${state}`)).status).toBe(401);
  });
});
