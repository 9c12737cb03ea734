import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { answers as answerSet } from "../support/answers";
import { Browser, get, location, postJson, texts } from "./helpers";
import { AGENT_HEADERS, analystHeaders } from "./staff-tokens";
import { store } from "./stats-helpers";

/** The desk's form for a caller: the answers, with the state list left on its empty choice. */
const call = {
  caller_lang: "es",
  ...answerSet({ has_kaspersky: "yes", products: ["password_manager"], installed_on: ["windows"] }),
  state: "",
};

async function takeCall(agent: Browser, fields: Readonly<Record<string, string | readonly string[]>> = call) {
  const res = await agent.post("/hotline", { ...fields, action: "submit" });
  expect(res.status).toBe(303);
  const reference = /^\/hotline\/checks\/([A-Z0-9]{8})$/.exec(location(res))![1]!;
  return reference;
}

/** Audit entries written after entry `afterId`. */
const auditRows = async (afterId = 0) =>
  (
    await env.DB.prepare("select staff, role, action, detail, at from audit_log where id > ? order by id")
      .bind(afterId)
      .all<Record<string, string>>()
  ).results;
const lastAuditId = async () =>
  (await env.DB.prepare("select coalesce(max(id), 0) as id from audit_log").first<{ id: number }>())!.id;

describe("the hotline desk", () => {
  it.each(["/hotline", "/hotline/checks/KX7P4M2Q", "/hotline/checks/KX7P4M2Q/edit", "/hotline/open?reference=KX7P4M2Q"])(
    "refuses %s without a staff token (401) and to an analyst (403)",
    async (path) => {
      expect((await get(path)).status).toBe(401);
      expect((await get(path, await analystHeaders())).status).toBe(403);
    },
  );

  it("refuses posts without a token or with the wrong role", async () => {
    expect((await new Browser().post("/hotline", call)).status).toBe(401);
    expect((await new Browser(await analystHeaders()).post("/hotline", call)).status).toBe(403);
    const api = await postJson("/api/v1/hotline/checks", { answers: {}, outcome: "not_affected" });
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ error: { status: 401 } });
  });

  it("shows every question on one screen, branching hidden until it applies", async () => {
    const html = await (await new Browser(AGENT_HEADERS).get("/hotline")).text();
    expect(html).toContain(
      '<form class="usa-form usa-form--large hotline-form" method="post" action="/hotline" data-hotline-form',
    );
    expect(html).toMatch(/<div class="usa-form-group hotline-question" hidden="" data-when="[^"]*critical_infrastructure/);
    expect(html).toContain('<script src="/assets/hotline.js" defer="">');
    // Without JavaScript, "Update questions" re-renders with the sector question shown.
    const refreshed = await (
      await new Browser(AGENT_HEADERS).post("/hotline", { respondent: "critical_infrastructure", action: "refresh" })
    ).text();
    expect(refreshed).toMatch(/<div class="usa-form-group hotline-question" data-when="[^"]*critical_infrastructure/);
  });

  it("takes a call in Spanish: stores it as a hotline check, shows the script and the spelled code", async () => {
    const agent = new Browser(AGENT_HEADERS);
    const reference = await takeCall(agent);
    const row = await env.DB.prepare("select channel, locale, has_kaspersky, outcome from responses where reference = ?")
      .bind(reference)
      .first();
    expect(row).toEqual({ channel: "hotline", locale: "es", has_kaspersky: "yes", outcome: null });

    const script = await (await agent.get(`/hotline/checks/${reference}`)).text();
    expect(texts(script, "h3")[0]).toBe("Sus aplicaciones de Kaspersky ya no reciben correcciones de seguridad");
    const first = reference[0]!;
    expect(script).toMatch(new RegExp(/[A-Z]/.test(first) ? `${first} de [A-Z]` : `${first}, el número [a-z]`));
    expect(script).toContain(`${reference.slice(0, 4)}-${reference.slice(4)}`);

    const saved = await agent.post(`/hotline/checks/${reference}/outcome`, { outcome: "guided_removal" });
    expect(location(saved)).toBe(`/hotline/checks/${reference}?saved=outcome`);
    const stored = await env.DB.prepare("select outcome from responses where reference = ?").bind(reference).first();
    expect(stored).toEqual({ outcome: "guided_removal" });
  });

  it("asks again, with an error summary, for missing answers and a missing outcome", async () => {
    const agent = new Browser(AGENT_HEADERS);
    const { has_kaspersky: _, ...incomplete } = call;
    const res = await agent.post("/hotline", { ...incomplete, action: "submit" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(texts(html, "title")[0]).toMatch(/^Error: /);
    expect(html).toContain('href="#has_kaspersky"');
    const reference = await takeCall(agent);
    const noOutcome = await agent.post(`/hotline/checks/${reference}/outcome`, {});
    expect(noOutcome.status).toBe(400);
    expect(await noOutcome.text()).toContain("Select how the call ended");
  });

  it("reopens a reference, changes answers with a reason, and recomputes the guidance", async () => {
    const agent = new Browser(AGENT_HEADERS);
    const reference = await takeCall(agent, { ...call, caller_lang: "en" });
    expect(location(await agent.get(`/hotline/open?reference=${reference.toLowerCase()}`))).toBe(`/hotline/checks/${reference}`);
    const missing = await agent.get("/hotline/open?reference=ZZZZZZZZ");
    expect(missing.status).toBe(404);

    const edit = await (await agent.get(`/hotline/checks/${reference}/edit`)).text();
    expect(edit).toMatch(/value="password_manager" checked/);
    const changed = { ...call, caller_lang: "en", has_kaspersky: "no", products: [] };
    const noReason = await agent.post(`/hotline/checks/${reference}/edit`, { ...changed, action: "submit" });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Select why the answers are changing");

    const res = await agent.post(`/hotline/checks/${reference}/edit`, {
      ...changed,
      reason: "caller_checked_devices",
      action: "submit",
    });
    expect(location(res)).toBe(`/hotline/checks/${reference}?saved=changes`);
    const script = await (await agent.get(`/hotline/checks/${reference}?saved=changes`)).text();
    expect(texts(script, "h3")).toEqual(["You do not seem to be affected"]);
    const choices = await env.DB.prepare("select question, option from response_choices where reference = ?")
      .bind(reference)
      .all();
    // No Kaspersky: neither products nor where it is installed are asked, so no choices are kept.
    expect(choices.results).toEqual([]);
  });

  it("records an outcome only on a hotline call, and changes a check only in its own week (published weeks never change)", async () => {
    const agent = new Browser(AGENT_HEADERS);
    const today = new Date().toISOString().slice(0, 10);
    const [web] = await store(today, 1);
    const onWeb = await agent.post(`/hotline/checks/${web}/outcome`, { outcome: "guided_removal" });
    expect(onWeb.status).toBe(409);
    expect(await onWeb.text()).toContain("This check was not made by phone");
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const [closed] = await store(lastWeek, 1, answerSet({}), { channel: "hotline" });
    expect((await agent.post(`/hotline/checks/${closed}/outcome`, { outcome: "guided_removal" })).status).toBe(409);
    const edit = await agent.post(`/hotline/checks/${closed}/edit`, {
      ...call,
      ultraav: "yes",
      reason: "caller_corrected",
      action: "submit",
    });
    expect(edit.status).toBe(409);
    expect(await edit.text()).toContain("This check can no longer be changed");
    expect((await agent.get(`/hotline/checks/${closed}/edit`)).status).toBe(409);
    const rows = await env.DB.prepare("select outcome, ultraav from responses where reference in (?, ?)").bind(web, closed).all();
    expect(rows.results.every((r) => r.outcome === null && r.ultraav !== "yes")).toBe(true);
  });

  it("writes every action to the audit log, naming the agent but never the reference or answers", async () => {
    const before = await lastAuditId();
    const agent = new Browser(AGENT_HEADERS);
    const reference = await takeCall(agent);
    await agent.post(`/hotline/checks/${reference}/outcome`, { outcome: "not_affected" });
    await agent.post(`/hotline/checks/${reference}/edit`, {
      ...call,
      ultraav: "yes",
      reason: "caller_corrected",
      action: "submit",
    });
    const rows = await auditRows(before);
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(["hotline.check.created", "hotline.outcome.recorded", "hotline.check.changed"]);
    const change = rows.find((r) => r.action === "hotline.check.changed")!;
    expect(change).toMatchObject({ staff: "agent@localhost.test", role: "agent" });
    expect(JSON.parse(change.detail!)).toEqual({ reason: "caller_corrected", questions: ["ultraav"] });
    // The outcome is stored with the response; logging it too, with the time, could tie a call to its answers.
    expect(rows.find((r) => r.action === "hotline.outcome.recorded")!.detail).toBeNull();
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(reference);
      expect(row.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    // And the response holds no staff identity.
    const stored = await env.DB.prepare("select * from responses where reference = ?").bind(reference).first();
    expect(JSON.stringify(stored)).not.toContain("localhost.test");
  });

  it("takes a call through the API with an agent token", async () => {
    const answers = answerSet({
      respondent: "small_business",
      has_kaspersky: "removed",
      products: ["small_office"],
      installed_on: ["windows"],
      devices: "10_49",
    });
    const res = await postJson("/api/v1/hotline/checks", { answers, lang: "en", outcome: "referred_to_cisa" }, AGENT_HEADERS);
    expect(res.status).toBe(201);
    const body = await res.json<{ reference: string; guidance: { steps: { id: string }[] } }>();
    expect(body.guidance.steps.map((s) => s.id)).toContain("cancel_renewal");
    const row = await env.DB.prepare("select channel, outcome from responses where reference = ?").bind(body.reference).first();
    expect(row).toEqual({ channel: "hotline", outcome: "referred_to_cisa" });
    const noOutcome = await postJson("/api/v1/hotline/checks", { answers }, AGENT_HEADERS);
    expect(noOutcome.status).toBe(400);
    expect((await noOutcome.json<{ error: { message: string } }>()).error.message).toContain("outcome");
    const analyst = await postJson("/api/v1/hotline/checks", { answers, outcome: "other_help" }, await analystHeaders());
    expect(analyst.status).toBe(403);
  });

  it("serves the hotline script from this origin, allowed by the CSP", async () => {
    const script = await get("/assets/hotline.js");
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(await script.text()).toContain("data-when");
    expect((await get("/")).headers.get("content-security-policy")).toContain("script-src 'self'");
  });
});
