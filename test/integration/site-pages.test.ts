import { createExecutionContext, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { ORIGIN, get, location, texts } from "./helpers";

/** The page as a deployment with other [vars] would serve it. */
async function pageWith(vars: Record<string, string>, path: string): Promise<string> {
  const request = new Request(`${ORIGIN}${path}`, { headers: { "cf-connecting-ip": "10.7.7.7" } });
  const res = await worker.fetch!(request as never, { ...env, ...vars } as never, createExecutionContext());
  return res.text();
}

// wrangler.toml's [vars]: the demonstration hotline and agency.
const HOTLINE_LINK = '<a class="usa-link nowrap" href="tel:+18005550199">1-800-555-0199</a>';
const PAGES = ["/", "/check/respondent", "/help", "/privacy", "/accessibility", "/no-such-page", "/result/ZZZZ2222"];

describe("identity and help on every page", () => {
  it.each(PAGES)("%s shows the hotline number as a tel: link, and links help, privacy and accessibility", async (path) => {
    for (const lang of ["en", "es"]) {
      const html = await (await get(`${path}?lang=${lang}`)).text();
      expect(html).toContain(HOTLINE_LINK);
      for (const href of ["/help", "/privacy", "/accessibility"]) expect(html).toContain(`href="${href}"`);
      expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
    }
    expect(await (await get(`${path}?lang=es`)).text()).toContain("De lunes a viernes");
  });

  it("names the agency in the header, in each language", async () => {
    expect(await (await get("/?lang=en")).text()).toContain(
      '<p class="site-agency">Kaspersky Transition Hotline (demonstration)</p>',
    );
    expect(await (await get("/?lang=es")).text()).toContain("Línea de ayuda para la transición de Kaspersky (demostración)");
  });

  it("shows the government banner only when the deployment says it is a government site", async () => {
    expect(await (await get("/")).text()).not.toContain("An official website of the United States government");
    const official = await pageWith({ GOVERNMENT_SITE: "true" }, "/");
    expect(official).toContain('<section class="site-banner" aria-label="An official website of the United States government">');
    expect(official).toContain("Official websites use .gov.");
  });

  it("takes the service name from the deployment, and leaves out a hotline that is not a phone number", async () => {
    const html = await pageWith(
      { SERVICE_NAME: "Kaspersky help", SERVICE_NAME_ES: "Ayuda Kaspersky", HOTLINE_PHONE: "call us" },
      "/help",
    );
    expect(texts(html, "title")).toEqual(["Help and contact – Kaspersky help"]);
    expect(html).not.toContain('href="tel:+1800');
    expect(html).toContain("This service has no hotline yet.");
    expect(
      texts(await pageWith({ SERVICE_NAME: "Kaspersky help", SERVICE_NAME_ES: "Ayuda Kaspersky" }, "/help?lang=es"), "title"),
    ).toEqual(["Ayuda y contacto – Ayuda Kaspersky"]);
  });
});

describe("help, privacy and accessibility pages", () => {
  it("help gives the hotline with its hours, and CISA Central as mailto: and tel: links that do not wrap", async () => {
    const html = await (await get("/help")).text();
    expect(texts(html, "h1")).toEqual(["Help and contact"]);
    expect(html).toContain("Monday to Friday, 8 am to 8 pm Eastern Time");
    expect(html).toContain('<a class="usa-link nowrap" href="mailto:central@cisa.gov">central@cisa.gov</a>');
    expect(html).toContain('<a class="usa-link nowrap" href="tel:+18882820870">888-282-0870</a>');
  });

  it("sends /contact to help", async () => {
    const res = await get("/contact");
    expect(res.status).toBe(301);
    expect(location(res)).toBe("/help");
  });

  it("privacy says how long answers are kept, from RETENTION_DAYS", async () => {
    expect(await (await get("/privacy")).text()).toContain("We keep your answers for 400 days");
    expect(await pageWith({ RETENTION_DAYS: "30" }, "/privacy?lang=es")).toContain("durante 30 días");
  });

  it("the accessibility statement names WCAG 2.2 AA, how it was tested and how to report a problem", async () => {
    const html = await (await get("/accessibility")).text();
    expect(html).toContain("WCAG) 2.2 at level AA");
    expect(texts(html, "h2")).toEqual(["What you can do", "How we tested it", "Report a problem"]);
  });
});

describe("the icon", () => {
  it("is an SVG, and /favicon.ico leads to it", async () => {
    const icon = await get("/favicon.svg");
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    expect(await icon.text()).toMatch(/^<svg /);
    const ico = await get("/favicon.ico");
    expect(ico.status).toBe(301);
    expect(location(ico)).toBe("/favicon.svg");
  });
});
