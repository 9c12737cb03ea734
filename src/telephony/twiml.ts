/**
 * @module
 * A small TwiML builder: just the verbs the phone line uses (Say, Gather,
 * Redirect, Dial with Number or Sip, Hangup), every text and attribute
 * XML-escaped. Twilio's own helper library would add far more to the Worker's
 * bundle than these few lines.
 */

/** Escapes text and attribute values: the five XML special characters. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch]!);
}

/** A TwiML element as text; attributes left undefined are not written. */
function element(name: string, attributes: Record<string, string | number | undefined>, children?: string): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

/** How a text is spoken: Twilio's `voice` and `language` attributes. */
export interface Voice {
  readonly voice: string;
  readonly language: string;
}

export const say = (text: string, voice: Voice) =>
  element("Say", { voice: voice.voice, language: voice.language }, escapeXml(text));

/**
 * Collects keys while the nested prompts play (a key press interrupts them).
 * `finishOnKey: ""` makes # an ordinary key, reported in Digits.
 */
export function gather(
  options: { action: string; numDigits?: number; finishOnKey: string; timeout: number },
  ...prompts: string[]
): string {
  const { action, numDigits, finishOnKey, timeout } = options;
  return element("Gather", { input: "dtmf", action, method: "POST", numDigits, finishOnKey, timeout }, prompts.join(""));
}

export const redirect = (url: string) => element("Redirect", { method: "POST" }, escapeXml(url));

export const hangup = () => element("Hangup", {});

/**
 * Dials a phone number or a SIP URI (`sip:`). The agent first hears `whisperUrl`'s TwiML; when the
 * dial ends (answered and over, busy, no answer), Twilio asks `actionUrl` what to do next.
 */
export function dial(target: string, whisperUrl: string, actionUrl: string, timeoutSeconds = 30): string {
  const noun = target.startsWith("sip:")
    ? element("Sip", { url: whisperUrl, method: "POST" }, escapeXml(target))
    : element("Number", { url: whisperUrl, method: "POST" }, escapeXml(target));
  return element("Dial", { action: actionUrl, method: "POST", timeout: timeoutSeconds }, noun);
}

/** The whole document. */
export const twimlResponse = (...verbs: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.join("")}</Response>`;
