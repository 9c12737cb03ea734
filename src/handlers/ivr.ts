/**
 * @module
 * The phone line's Twilio adapter: Twilio Programmable Voice calls these
 * webhooks and plays the TwiML they answer. `POST /ivr/call` answers a new call
 * (the number's "A call comes in" URL); `POST /ivr/step?s=` takes each key
 * press (Gather's action) and each silence (the Redirect after it);
 * `/ivr/whisper` is what the agent hears before the caller is put through, and
 * `/ivr/dialed` ends the call after it. What to say and what a key does is the
 * channel-neutral call flow (src/telephony/call-flow.ts); this only renders it.
 *
 * Nothing is stored until the check is complete, and then only the answers:
 * the call's state travels in a signed, short-lived token (flow-token.ts). Of
 * what Twilio posts, only `Digits` (and a dial's status) is read: never the
 * caller's number, the CallSid or anything else; nothing is logged but errors.
 * Every request must carry a valid X-Twilio-Signature (403 otherwise).
 */
import { Hono } from "hono/tiny";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { loggableError, loggablePath } from "../middleware/log-safe";
import { recordCheck } from "../services/record-check";
import { writeContext } from "../services/pending-token";
import { PHONE_WORDS } from "../telephony/words";
import { START, press, promptFor, spokenReference, type CallState, type Line, type Next } from "../telephony/call-flow";
import { parseState, stateValue } from "../telephony/call-state";
import { readToken, signToken } from "../telephony/flow-token";
import { isTwilioSigned } from "../telephony/twilio-signature";
import { dial, gather, hangup, redirect, say, twimlResponse } from "../telephony/twiml";
import { DEFAULT_LOCALE, fill, LOCALES, type Locale } from "../i18n";

/** Secrets and vars of the phone line (`wrangler secret put TWILIO_AUTH_TOKEN`; IVR_AGENT_NUMBER in [vars]). */
interface IvrEnv {
  TWILIO_AUTH_TOKEN?: string;
  /** The agents' queue: a phone number (+1...) or a SIP URI (sip:...). */
  IVR_AGENT_NUMBER?: string;
}

type IvrVariables = { params: ReadonlyMap<string, string> };
export const ivr = new Hono<{ Bindings: Env; Variables: IvrVariables }>();

/** Seconds Twilio waits for a key (or, after one, for the next) before it moves on. */
const KEY_TIMEOUT = 6;

const xml = (c: Context, body: string, status: 200 | 403 | 503 = 200) =>
  c.body(body, status, { "Content-Type": "text/xml; charset=utf-8" });

const now = () => Math.floor(Date.now() / 1000);
const ivrEnv = (c: Context) => c.env as IvrEnv;

/** Twilio's signature over the URL and every POST parameter; only then are the parameters read. */
ivr.use(
  createMiddleware<{ Bindings: Env; Variables: IvrVariables }>(async (c, next) => {
    const authToken = ivrEnv(c).TWILIO_AUTH_TOKEN ?? "";
    if (!authToken) {
      console.error("TWILIO_AUTH_TOKEN is not set: the phone line refuses every request (wrangler secret put TWILIO_AUTH_TOKEN)");
      return xml(c, twimlResponse(hangup()), 503);
    }
    const type = c.req.header("content-type") ?? "";
    // Read as bytes and decoded here: workerd logs a warning for every .text() on a form body.
    const form = c.req.method === "POST" && type.startsWith("application/x-www-form-urlencoded");
    const body = form ? new TextDecoder().decode(await c.req.arrayBuffer()) : "";
    const params = [...new URLSearchParams(body)];
    if (!(await isTwilioSigned(authToken, c.req.header("x-twilio-signature"), c.req.url, params))) {
      return xml(c, twimlResponse(hangup()), 403);
    }
    c.set("params", new Map(params));
    await next();
  }),
);

ivr.onError((error, c) => {
  // A line, never the request: its URL carries the call's state, its body the caller's number.
  console.error(`${c.req.method} ${loggablePath(c.req.path)}: ${loggableError(error)}`);
  // Said in every language: the caller's may not be known yet.
  return xml(
    c,
    twimlResponse(sayLines(LOCALES.map((locale) => ({ locale, text: PHONE_WORDS[locale].ivr.unavailable }))), hangup()),
  );
});

const sayLines = (lines: readonly Line[]) => lines.map((line) => say(line.text, PHONE_WORDS[line.locale].voice)).join("");

/** The URL of a route with the state as its signed token. */
async function urlWith(c: Context, path: string, state: CallState): Promise<string> {
  const token = await signToken(c.env, stateValue(state), now());
  if (!token) throw new Error("REFERENCE_SIGNING_SECRET is not set: the phone line cannot sign its state");
  return `${path}?s=${token}`;
}

/** Asks: the prompt inside a Gather, then, on silence, the same step again (counted as a miss). */
async function ask(c: Context, state: CallState): Promise<Response> {
  const prompt = promptFor(state);
  const action = await urlWith(c, "/ivr/step", state);
  const options =
    prompt.input === "key" ? { numDigits: 1, finishOnKey: "", timeout: KEY_TIMEOUT } : { finishOnKey: "#", timeout: KEY_TIMEOUT };
  const afterSilence =
    state.kind === "result"
      ? sayLines([{ locale: state.locale, text: PHONE_WORDS[state.locale].ivr.goodbye }]) + hangup()
      : redirect(action);
  return xml(c, twimlResponse(gather({ action, ...options }, sayLines(prompt.lines)), afterSilence));
}

/** Puts the caller through to the agents, who first hear the reference (or that the check is unfinished). */
async function handOver(c: Context, state: CallState): Promise<Response> {
  const locale: Locale = ("locale" in state && state.locale) || DEFAULT_LOCALE;
  const words = PHONE_WORDS[locale].ivr;
  const target = ivrEnv(c).IVR_AGENT_NUMBER?.trim();
  if (!target) return xml(c, twimlResponse(sayLines([{ locale, text: words.noAgent }]), hangup()));
  const whisper = await urlWith(c, "/ivr/whisper", state);
  // A SIP desk gets a header too, to open the caller's answers by itself: the reference
  // (/hotline/checks/{reference}), or before the end the signed state (/hotline/phone?s=).
  const header =
    state.kind === "result"
      ? `X-Check-Reference=${state.reference}`
      : `X-Check-State=${whisper.slice(whisper.indexOf("?s=") + 3)}`;
  const sipTarget = target.startsWith("sip:") ? `${target}${target.includes("?") ? "&" : "?"}${header}` : target;
  const dialed = await urlWith(c, "/ivr/dialed", state);
  return xml(c, twimlResponse(sayLines([{ locale, text: words.connecting }]), dial(sipTarget, whisper, dialed)));
}

async function follow(c: Context, next: Next): Promise<Response> {
  switch (next.kind) {
    case "ask":
      return ask(c, next.state);
    case "agent":
      return handOver(c, next.state);
    case "goodbye":
      return xml(c, twimlResponse(sayLines([{ locale: next.locale, text: PHONE_WORDS[next.locale].ivr.goodbye }]), hangup()));
    case "complete": {
      const check = await recordCheck(writeContext(c), { answers: next.answers, channel: "ivr", locale: next.locale });
      const state: CallState = {
        kind: "result",
        locale: next.locale,
        reference: check.reference,
        day: check.guidance.day,
        answers: next.answers,
      };
      return ask(c, state);
    }
  }
}

/** The state in `?s=`, or undefined when it is not ours or has expired. */
async function stateOf(c: Context): Promise<CallState | undefined> {
  return parseState(await readToken(c.env, c.req.query("s"), now()));
}

/** A step whose token is not valid (expired, altered): start again rather than hang up on the caller. */
const restart = (c: Context) => ask(c, START);

ivr.post("/call", (c) => ask(c, START));

ivr.post("/step", async (c) => {
  const state = await stateOf(c);
  if (!state) return restart(c);
  const digits = c.get("params").get("Digits") ?? "";
  return follow(c, press(state, /^[0-9*#]{0,20}$/.test(digits) ? digits : "?"));
});

ivr.post("/whisper", async (c) => {
  const state = await stateOf(c);
  const locale = DEFAULT_LOCALE;
  const words = PHONE_WORDS[locale].ivr;
  const text =
    state?.kind === "result"
      ? fill(words.whisperReference, { code: spokenReference(state.reference, locale) })
      : words.whisperPartial;
  return xml(c, twimlResponse(sayLines([{ locale, text }])));
});

ivr.post("/dialed", async (c) => {
  const state = await stateOf(c);
  const locale: Locale = (state && "locale" in state && state.locale) || DEFAULT_LOCALE;
  const status = c.get("params").get("DialCallStatus");
  const words = PHONE_WORDS[locale].ivr;
  // After a conversation the call just ends; when no agent answered, the caller is told so.
  return xml(c, twimlResponse(...(status === "completed" ? [] : [sayLines([{ locale, text: words.noAgent }])]), hangup()));
});
