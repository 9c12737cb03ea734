/** The test phone on the Worker: requests go through `exports.default.fetch`, signed with the test auth token. */
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import type { Answers } from "../../src/check/answers";
import type { Locale } from "../../src/i18n";
import { keysFor } from "../support/keypad";
import { Phone, type Send } from "../support/phone";
import { ORIGIN } from "./helpers";

export const sendToWorker: Send = (url, body, headers) =>
  exports.default.fetch(new Request(url, { method: "POST", headers, body, redirect: "manual" }));

/** A phone calling from `from`, signing as Twilio does with the test auth token. */
export const phone = (from?: string) =>
  new Phone(ORIGIN, (env as unknown as { TWILIO_AUTH_TOKEN: string }).TWILIO_AUTH_TOKEN, sendToWorker, from);

/** Calls and answers by keypad, from what the line says, until the result; returns the phone there. */
export async function callAndAnswer(answers: Answers, locale: Locale, from?: string): Promise<Phone> {
  const caller = phone(from);
  await caller.call();
  for (let i = 0; i < 100; i++) {
    const keys = keysFor(
      caller.current.says.map((s) => s.text),
      answers,
      locale,
    );
    if (keys === undefined) return caller;
    await caller.press(keys);
  }
  throw new Error("The call never reached a result");
}

/** The reference code read out in the result ("K as in Kilo, 7, ..."), back as the code. */
export function heardReference(caller: Phone): string {
  const line = caller.current.says.find((s) => /reference code is: |código de referencia es: /.test(s.text))?.text ?? "";
  const spelled = line.split(": ")[1]!.split(". ")[0]!;
  return spelled
    .split(", ")
    .map((part) => part[0]!)
    .join("");
}
