/**
 * The phone line's parts without HTTP: the TwiML builder escapes, Twilio's
 * signature matches a known vector, and the call flow's keypad reaches every
 * questionnaire path (enumerated from the registry) with exactly the answers given.
 */
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { QUESTIONS, conditionHolds, type Question } from "../../src/check/questionnaire";
import { LOCALES, type Locale } from "../../src/i18n";
import { RULES } from "../../src/check/guidance/rules";
import {
  START,
  pagesOf,
  press,
  promptFor,
  spokenReference,
  spokenStep,
  type CallState,
  type Next,
} from "../../src/telephony/call-flow";
import { decodeAnswers, encodeAnswers, parseState, stateValue } from "../../src/telephony/call-state";
import { readToken, signToken } from "../../src/telephony/flow-token";
import { isTwilioSigned, twilioSignature } from "../../src/telephony/twilio-signature";
import { escapeXml, gather, say, twimlResponse } from "../../src/telephony/twiml";
import { keysFor } from "../support/keypad";
import { namedOptions, reachable } from "../support/reachable";

describe("the TwiML builder", () => {
  it("escapes text and attributes, so a label can never become markup", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    const xml = twimlResponse(
      gather(
        { action: "/ivr/step?s=a&b", numDigits: 1, finishOnKey: "", timeout: 6 },
        say("AT&T <b>", { voice: "Polly.Joanna", language: "en-US" }),
      ),
    );
    expect(xml).toContain('action="/ivr/step?s=a&amp;b"');
    expect(xml).toContain('<Say voice="Polly.Joanna" language="en-US">AT&amp;T &lt;b&gt;</Say>');
    expect(xml).toContain('finishOnKey=""');
  });
});

describe("Twilio's request signature", () => {
  // The example of Twilio's security page (URL, parameters, auth token 12345) and its signature.
  const url = "https://mycompany.com/myapp.php?foo=1&bar=2";
  const params: [string, string][] = [
    ["CallSid", "CA1234567890ABCDE"],
    ["Caller", "+12349013030"],
    ["Digits", "1234"],
    ["From", "+12349013030"],
    ["To", "+18005551212"],
  ];

  it("is HMAC-SHA1 over the URL and the sorted parameters, in base64", async () => {
    expect(await twilioSignature("12345", url, params)).toBe("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    expect(await twilioSignature("12345", url, [...params].reverse())).toBe("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
  });

  it("refuses another token, URL or parameter, and a malformed header", async () => {
    const good = await twilioSignature("12345", url, params);
    expect(await isTwilioSigned("12345", good, url, params)).toBe(true);
    expect(await isTwilioSigned("54321", good, url, params)).toBe(false);
    expect(await isTwilioSigned("12345", good, `${url}&x=1`, params)).toBe(false);
    expect(await isTwilioSigned("12345", good, url, [...params, ["Digits", "9"]])).toBe(false);
    expect(await isTwilioSigned("12345", undefined, url, params)).toBe(false);
    expect(await isTwilioSigned("12345", `${good}=`, url, params)).toBe(false);
  });
});

/** Drives the call flow as a caller would, from what it says, to a completed check. */
function callWith(answers: Answers, locale: Locale): { next: Next; presses: number } {
  let state: CallState = START;
  for (let presses = 0; presses < 200; presses++) {
    const prompt = promptFor(state);
    const keys = keysFor(
      prompt.lines.map((l) => l.text),
      answers,
      locale,
    );
    if (keys === undefined) throw new Error(`No question heard: ${JSON.stringify(prompt.lines)}`);
    // As Twilio reports them: a single-key Gather sends the first key; # ends an entry and is not sent.
    const digits = prompt.input === "key" ? keys.slice(0, 1) : keys.replace(/#$/, "");
    const next = press(state, digits);
    if (next.kind !== "ask") return { next, presses: presses + 1 };
    state = next.state;
  }
  throw new Error("The call never ended");
}

const allOrEach = (_: Question, offered: readonly string[]) => [offered, ...offered.map((o) => [o])];

describe("the spoken steps", () => {
  it.each(LOCALES)("say every step without web addresses, phone numbers digit by digit, in a few words (%s)", (locale) => {
    for (const rule of RULES) {
      const text = spokenStep(rule.id, locale);
      expect(text, rule.id).not.toMatch(/https?:|www\.|@|\.(gov|com|mil|org)\b|\{/);
      expect(text, rule.id).not.toMatch(/\d{3}-\d{3}|\d{5,}/);
      expect(text.split(/\s+/).length, rule.id).toBeLessThanOrEqual(30);
    }
  });
});

describe("the call flow's keypad", () => {
  const everyPath = [...reachable(allOrEach, namedOptions(QUESTIONS.flatMap((q) => (q.when ? [q.when] : []))))];

  it.each(LOCALES)("reaches every questionnaire path with exactly its answers (%s)", (locale) => {
    expect(everyPath.length).toBeGreaterThan(50);
    for (const answers of everyPath) {
      const { next } = callWith(answers, locale);
      expect(next).toEqual({ kind: "complete", locale, answers });
    }
  });

  it("reads more than eight options in pages of eight, 9 moving on (state: 59 options, 8 pages)", () => {
    const state = QUESTIONS.find((q) => q.id === "state")!;
    const pages = pagesOf(state, {});
    expect(pages.map((p) => p.length)).toEqual([8, 8, 8, 8, 8, 8, 8, 3]);
    const { next, presses } = callWith(
      {
        respondent: "household",
        has_kaspersky: "no",
        ultraav: "no",
        embedded: "no",
        state: "prefer_not_to_say",
      },
      "en",
    );
    expect(next.kind).toBe("complete");
    // The language, four questions before the state, then seven times 9 and the key on the last page.
    expect(presses).toBe(1 + 4 + 7 + 1);
  });

  it("repeats on star, and after a silence or a wrong key says sorry, then offers an agent, then hands over", () => {
    const language = press(START, "2");
    expect(language.kind).toBe("ask");
    const first = (language as { state: CallState }).state;
    expect(promptFor(first).lines[0]!.text).toMatch(/^Esta es la consulta/);
    const once = press(first, "");
    expect(once.kind).toBe("ask");
    const onceState = (once as { state: CallState }).state;
    expect(promptFor(onceState).lines[0]!.text).toBe("Disculpe, no le entendí.");
    const twice = press(onceState, "7#");
    const twiceLines = promptFor((twice as { state: CallState }).state).lines.map((l) => l.text);
    expect(twiceLines.at(-1)).toMatch(/^Para hablar con un agente, oprima 0/);
    expect(press((twice as { state: CallState }).state, "").kind).toBe("agent");
    expect(press(first, "*")).toEqual({ kind: "ask", state: { ...first, question: "respondent" } });
    expect(press(first, "0").kind).toBe("agent");
  });

  it("asks every language on the language menu, each in its own voice's words", () => {
    const lines = promptFor(START).lines;
    expect(lines).toEqual([
      { locale: "en", text: "For English, press 1." },
      { locale: "es", text: "Para español, oprima 2." },
    ]);
  });

  it("spells a reference with the phonetic alphabet, digits as they are", () => {
    expect(spokenReference("K7XP", "en")).toBe("K as in Kilo, 7, X as in X-ray, P as in Papa");
    expect(spokenReference("K7", "es")).toBe("K de Kilo, 7");
  });

  it("never offers an option the web form would not (offeredWhen), on any page", () => {
    const products = QUESTIONS.find((q) => q.id === "products")!;
    const household = pagesOf(products, { respondent: "household", has_kaspersky: "yes" }).flat();
    const business = pagesOf(products, { respondent: "small_business", has_kaspersky: "yes" }).flat();
    expect(household).not.toContain("endpoint");
    expect(business).toContain("endpoint");
    for (const id of household)
      expect(conditionHolds(products.options.find((o) => o.id === id)!.when, { respondent: "household" })).toBe(true);
  });
});

describe("the call's state in its token", () => {
  const everyPath = [...reachable(allOrEach, namedOptions(QUESTIONS.flatMap((q) => (q.when ? [q.when] : []))))];
  const secret = { REFERENCE_SIGNING_SECRET: "a-test-secret-of-at-least-32-characters" };

  it("carries every reachable answer set as option positions and back", () => {
    for (const answers of everyPath) expect(decodeAnswers(encodeAnswers(answers))).toEqual(answers);
    expect(decodeAnswers("not.the.registry")).toBeUndefined();
  });

  it("fits a SIP URI (Twilio: under 255 characters) with the longest answers, and reads back only while fresh", async () => {
    const longest = everyPath.reduce((a, b) => (encodeAnswers(a).length >= encodeAnswers(b).length ? a : b));
    const state: CallState = { kind: "questions", locale: "es", answers: longest, question: "state", page: 7, misses: 2 };
    const token = (await signToken(secret, stateValue(state), 1_000))!;
    expect(`sip:agents@pbx.example.gov?X-Check-State=${token}`.length).toBeLessThan(255);
    expect(parseState(await readToken(secret, token, 1_000))).toEqual(state);
    expect(await readToken(secret, token, 1_000 + 31 * 60)).toBeUndefined();
    expect(await readToken({ REFERENCE_SIGNING_SECRET: `${secret.REFERENCE_SIGNING_SECRET}x` }, token, 1_000)).toBeUndefined();
    expect(await readToken({}, token, 1_000)).toBeUndefined();
  });
});
