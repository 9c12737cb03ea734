/**
 * @module
 * A test phone for the phone line: it reads the TwiML the Worker answers, as
 * Twilio would (what is said, the Gather's action and how it takes keys, the
 * Redirect after silence, a Dial), and "presses" keys by posting Twilio's
 * parameters to the Gather's action, signed with X-Twilio-Signature as Twilio
 * signs them. Used by the integration tests (through the Worker's fetch) and by
 * `npm run ivr:call` (over HTTP). Import-free apart from the signature code.
 */
import { twilioSignature } from "../../src/telephony/twilio-signature.ts";

export interface Said {
  readonly language: string;
  readonly voice: string;
  readonly text: string;
}

/** One TwiML answer, read. */
export interface Twiml {
  readonly status: number;
  readonly says: readonly Said[];
  /** What is said after the Gather, when no key is pressed (before a hang-up). */
  readonly afterSilence: readonly Said[];
  readonly gather?: { readonly action: string; readonly numDigits?: number; readonly finishOnKey: string };
  readonly redirect?: string;
  readonly dial?: { readonly target: string; readonly whisper: string; readonly action: string };
  readonly hangup: boolean;
  readonly xml: string;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name]!);

const attr = (tag: string, name: string) => {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return found ? unescapeXml(found[1]!) : undefined;
};

/** Reads the TwiML this project writes (flat, attributes in double quotes). */
export function readTwiml(xml: string, status = 200): Twiml {
  const saysIn = (part: string) =>
    [...part.matchAll(/<Say([^>]*)>([^<]*)<\/Say>/g)].map(([, attrs, text]) => ({
      language: attr(attrs!, "language") ?? "",
      voice: attr(attrs!, "voice") ?? "",
      text: unescapeXml(text!),
    }));
  const says = saysIn(xml);
  const gatherEnd = xml.indexOf("</Gather>");
  const afterSilence = gatherEnd < 0 ? [] : saysIn(xml.slice(gatherEnd));
  const gatherTag = /<Gather([^>]*)>/.exec(xml)?.[1];
  const redirect = /<Redirect[^>]*>([^<]*)<\/Redirect>/.exec(xml)?.[1];
  const dialTag = /<Dial([^>]*)>/.exec(xml)?.[1];
  const dialNoun = /<(Number|Sip)([^>]*)>([^<]*)<\/(?:Number|Sip)>/.exec(xml);
  return {
    status,
    says,
    afterSilence,
    ...(gatherTag && {
      gather: {
        action: attr(gatherTag, "action")!,
        finishOnKey: attr(gatherTag, "finishOnKey") ?? "#",
        ...(attr(gatherTag, "numDigits") && { numDigits: Number(attr(gatherTag, "numDigits")) }),
      },
    }),
    ...(redirect !== undefined && { redirect: unescapeXml(redirect) }),
    ...(dialTag &&
      dialNoun && {
        dial: { target: unescapeXml(dialNoun[3]!), whisper: attr(dialNoun[2]!, "url")!, action: attr(dialTag, "action")! },
      }),
    hangup: xml.includes("<Hangup/>"),
    xml,
  };
}

/** Sends one request to the phone line: a full URL, form parameters and headers. */
export type Send = (url: string, body: URLSearchParams, headers: Record<string, string>) => Promise<Response>;

/** What Twilio posts with every request of a call; `Digits` is added for a key press. */
export function callParams(from: string): [string, string][] {
  return [
    ["AccountSid", "AC00000000000000000000000000000000"],
    ["ApiVersion", "2010-04-01"],
    ["CallSid", "CA1234567890abcdef1234567890abcdef"],
    ["CallStatus", "in-progress"],
    ["Called", "+18005550199"],
    ["Caller", from],
    ["Direction", "inbound"],
    ["From", from],
    ["FromCity", "SPRINGFIELD"],
    ["FromZip", "62701"],
    ["To", "+18005550199"],
  ];
}

/** A caller on the line: starts a call, then presses keys where the line asks for them. */
export class Phone {
  /** Everything said so far, in order. */
  readonly heard: Said[] = [];
  /** The last answer; before the call, an empty one. */
  current: Twiml = readTwiml("<Response></Response>", 0);
  private readonly origin: string;
  private readonly authToken: string;
  private readonly send: Send;
  private readonly from: string;

  // No parameter properties: Node runs this file as it is (type stripping) for `npm run ivr:call`.
  constructor(origin: string, authToken: string, send: Send, from = "+12025550123") {
    this.origin = origin;
    this.authToken = authToken;
    this.send = send;
    this.from = from;
  }

  /** Posts to a path of the line, as Twilio does, signed. */
  async request(path: string, extra: [string, string][] = []): Promise<Twiml> {
    const url = new URL(path, this.origin).href;
    const params = [...callParams(this.from), ...extra];
    const signature = await twilioSignature(this.authToken, url, params);
    const res = await this.send(url, new URLSearchParams(params), {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signature,
    });
    this.current = readTwiml(await res.text(), res.status);
    this.heard.push(...this.current.says);
    return this.current;
  }

  call(): Promise<Twiml> {
    return this.request("/ivr/call");
  }

  /**
   * Presses keys at the current Gather, as Twilio reports them: a single-key Gather
   * takes the first key; the finish key (#) ends an entry and is not sent; no keys
   * at all is silence, which follows the Redirect after the Gather.
   */
  async press(keys: string): Promise<Twiml> {
    const gather = this.current.gather;
    if (!gather) throw new Error(`Nothing asks for keys here: ${this.current.xml}`);
    let digits = gather.numDigits ? keys.slice(0, gather.numDigits) : keys;
    if (gather.finishOnKey && digits.includes(gather.finishOnKey)) digits = digits.slice(0, digits.indexOf(gather.finishOnKey));
    if (digits === "") return this.silence();
    return this.request(gather.action, [["Digits", digits]]);
  }

  /** Lets the Gather time out. */
  async silence(): Promise<Twiml> {
    if (this.current.redirect === undefined) throw new Error(`Nothing follows silence here: ${this.current.xml}`);
    return this.request(this.current.redirect);
  }

  /** What the current answer says, as one text. */
  get says(): string {
    return this.current.says.map((s) => s.text).join(" ");
  }
}
