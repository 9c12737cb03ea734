/**
 * The words of the guidance, read as a member of the public would: short
 * sentences (English at most 25 words, Spanish at most 30), no unexplained
 * jargon, no advice the result page cannot follow, and the Spanish fixes of
 * issue 10 kept.
 */
import { describe, expect, it } from "vitest";
import { LOCALES, catalogFor, type Locale } from "../../src/i18n";

const LIMIT: Record<Locale, number> = { en: 25, es: 30 };

/** Every title, paragraph and bullet of every step, with its step id. */
const texts = (locale: Locale): [string, string][] =>
  Object.entries(catalogFor(locale).steps).flatMap(([id, words]) =>
    [words.title, ...words.body.flat()].map((text): [string, string] => [id, text]),
  );

/** Sentences end at ., ! or ? followed by a space (so "report.cisa.gov" and "52.204-23" stay whole). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w));

describe("the guidance's words", () => {
  it.each(LOCALES)("keep every %s sentence short", (locale) => {
    const long = texts(locale).flatMap(([id, text]) =>
      sentences(text)
        .filter((s) => words(s).length > LIMIT[locale])
        .map((s) => `${id}: ${s}`),
    );
    expect(long).toEqual([]);
  });

  it.each(LOCALES)("in %s, never send people back to change an answer the page cannot change", (locale) => {
    for (const [id, text] of texts(locale)) expect(text, id).not.toMatch(/go back and change|volver atrás y cambiar/i);
  });

  it("use no unexplained jargon, and name kavremover only with its safe source", () => {
    for (const locale of LOCALES)
      for (const [id, text] of texts(locale)) {
        expect(text, id).not.toMatch(/remote uninstall task|maintenance window|ventana de mantenimiento|desinstalación remota/i);
        if (/kavremover/.test(text)) expect(text, id).toContain("support.kaspersky.com");
      }
  });

  it("say what the findings asked for, in both languages: the seller's exceptions, the Mac uninstaller, Security Center's agent and password", () => {
    const en = catalogFor("en").steps;
    const es = catalogFor("es").steps;
    const all = (words: { body: readonly (string | readonly string[])[] }) => words.body.flat().join(" ");
    expect(all(en.provider_must_stop)).toMatch(/threat intelligence.*training.*consulting/);
    expect(all(es.provider_must_stop)).toMatch(/inteligencia de amenazas.*formación.*consultoría/);
    expect(all(en.uninstall_mac)).toMatch(/Kaspersky's own uninstaller.*Do not just drag the app to the Trash/);
    expect(all(es.uninstall_mac)).toMatch(/desinstalador.*Papelera/);
    expect(all(en.security_center_removal)).toMatch(/Network Agent.*uninstall password/);
    expect(all(es.security_center_removal)).toMatch(/Agente de red.*contraseña/i);
  });

  it("say UltraAV may have replaced Kaspersky, never that it proves Kaspersky was there", () => {
    expect(catalogFor("en").steps.ultraav_sign.title).not.toMatch(/means it had/);
    expect(catalogFor("en").steps.ultraav_sign.body.join(" ")).toContain("sold on its own");
  });

  it("keep the Spanish fixes: register, Spanish screen labels, one word for apps, numbers, CISA's name", () => {
    const spanish = texts("es")
      .map(([, text]) => text)
      .join("\n");
    expect(spanish).not.toMatch(
      /le pide firmemente|por dentro|paquetes de seguridad|por sí solo|protege a|“Additional”|“Subscriptions”/,
    );
    // "app" only inside the iPhone's own screen names.
    expect(spanish.replace(/Eliminar app|Biblioteca de apps/g, "")).not.toMatch(/\bapps?\b/);
    expect(catalogFor("es").questions.devices.options["1000_plus"].label).toBe("1000 o más");
    expect(spanish).not.toMatch(/Agencia de Seguridad de Infraestructura y Ciberseguridad/);
  });

  it("name CISA the same way everywhere in Spanish: its English name, explained, since no CISA page gives a Spanish one", () => {
    const es = catalogFor("es");
    const everywhere = JSON.stringify([es.steps, es.questions, es.pages, es.sources]);
    expect(everywhere).not.toMatch(/Agencia de (Ciberseguridad|Seguridad)/);
    for (const text of [es.questions.sector.hint, es.pages.help.cisaBody, es.sources.cisa])
      expect(text).toContain("CISA (Cybersecurity and Infrastructure Security Agency), la agencia federal de ciberseguridad");
  });
});
