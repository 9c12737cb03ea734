/**
 * `npm run ivr:call`: a phone for the local server, in the terminal. It calls the
 * phone line as Twilio would (POST /ivr/call, then each Gather's action), signed
 * with the local TWILIO_AUTH_TOKEN from .dev.vars (`npm start` writes it), prints
 * what the line says and sends the keys you type. An empty line is silence (the
 * Gather's timeout); `*` repeats, `0` asks for an agent, `#` ends a multiple choice
 * or skips an optional question. When the line dials the agents, it prints what
 * the agent would hear first.
 *
 *   npm start                    # in another terminal (PORT=8805 npm start for another port)
 *   npm run ivr:call             # or: npm run ivr:call -- --url http://localhost:8805
 *   npm run ivr:call -- --speak  # also writes each prompt as a WAV (espeak-ng) into .wrangler/ivr-call/
 *
 * `--speak` needs espeak-ng (Debian: apt-get install espeak-ng); nothing else needs it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { Phone, type Said } from "../test/support/phone.ts";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: `http://localhost:${process.env.PORT || "8787"}` },
    speak: { type: "boolean", default: false },
    "wav-dir": { type: "string", default: ".wrangler/ivr-call" },
  },
});

/** The local auth token: the one `npm start` wrote to .dev.vars (dotenv syntax, later lines win). */
function localAuthToken(): string {
  let token = "";
  try {
    for (const line of readFileSync(".dev.vars", "utf8").split("\n")) {
      const found = /^\s*TWILIO_AUTH_TOKEN\s*=\s*"?([^"\n]*)"?\s*$/.exec(line);
      if (found) token = found[1]!;
    }
  } catch {
    // No .dev.vars yet: said below.
  }
  if (!token) throw new Error("No TWILIO_AUTH_TOKEN in .dev.vars: run `npm start` (or `npm run dev-keys`) first");
  return token;
}

/** espeak-ng voices for the languages Twilio is asked to speak. */
const ESPEAK_VOICE: Readonly<Record<string, string>> = { "en-US": "en-us", "es-US": "es-419" };
let prompts = 0;

function speak(says: readonly Said[]) {
  if (!values.speak || says.length === 0) return;
  mkdirSync(values["wav-dir"], { recursive: true });
  prompts += 1;
  // One WAV a prompt; the language menu, said in two languages, gets one per language.
  const runs: Said[][] = [];
  for (const said of says) {
    const last = runs.at(-1);
    if (last && last[0]!.language === said.language) last.push(said);
    else runs.push([said]);
  }
  runs.forEach((run, i) => {
    const language = run[0]!.language;
    const file = join(
      values["wav-dir"],
      `${String(prompts).padStart(3, "0")}${runs.length > 1 ? `-${i + 1}` : ""}-${language}.wav`,
    );
    const text = run.map((said) => said.text).join(" ");
    execFileSync("espeak-ng", ["-v", ESPEAK_VOICE[language] ?? "en-us", "-w", file, text]);
    console.log(`   (wrote ${file})`);
  });
}

function show(says: readonly Said[]) {
  for (const said of says) console.log(`  [${said.language}] ${said.text}`);
  speak(says);
}

const phone = new Phone(values.url, localAuthToken(), (url, body, headers) => fetch(url, { method: "POST", body, headers }));
const keyboard = createInterface({ input: process.stdin, output: process.stdout });
// Lines as they come, buffered, so keys piped in (printf '1\n2\n' | npm run ivr:call) work too.
const typed = keyboard[Symbol.asyncIterator]();
try {
  let twiml = await phone.call();
  for (;;) {
    if (twiml.status !== 200) {
      console.log(`The line answered ${twiml.status}: is the server running with the same .dev.vars?`);
      break;
    }
    show(twiml.says.slice(0, twiml.says.length - twiml.afterSilence.length));
    if (twiml.dial) {
      console.log(`\n  ... dialing the agents at ${twiml.dial.target}; the agent first hears:`);
      show((await phone.request(twiml.dial.whisper)).says);
      break;
    }
    if (!twiml.gather) {
      console.log(twiml.hangup ? "\n  (the line hung up)" : "\n  (the call ended)");
      break;
    }
    const hint = twiml.gather.numDigits === 1 ? "one key" : "keys, then #";
    process.stdout.write(`\n${hint} (empty: silence)> `);
    const line = await typed.next();
    if (line.done) break;
    const keys = line.value.trim();
    if (!process.stdin.isTTY) console.log(keys);
    if (keys === "" && twiml.redirect === undefined) {
      // Silence where only a goodbye follows the Gather: say it and end.
      show(twiml.afterSilence);
      console.log("\n  (the line hung up)");
      break;
    }
    twiml = keys === "" ? await phone.silence() : await phone.press(keys);
  }
} finally {
  keyboard.close();
}
