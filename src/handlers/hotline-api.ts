/**
 * @module
 * The hotline API for call-centre software (role `agent`): the body of
 * POST /api/v1/checks plus the call's `outcome`; stored with channel `hotline`.
 */
import { Hono } from "hono/tiny";
import * as z from "../validation";
import { requireStaff, type StaffVariables } from "../auth/middleware";
import { auditInsert } from "../db/audit";
import { database } from "../db/client";
import { OUTCOMES } from "../check/vocabulary";
import { checkRequest } from "../contracts/check-request";
import { recordCheck } from "../services/record-check";

export const hotlineApi = new Hono<{ Bindings: Env; Variables: StaffVariables }>();
hotlineApi.use(requireStaff("agent"));

hotlineApi.post("/checks", checkRequest({ outcome: z.enum(OUTCOMES) }), async (c) => {
  const request = c.req.valid("json");
  const db = database(c.env.DB);
  const { email, role } = c.get("staff");
  const check = await recordCheck(db, {
    answers: request.answers,
    channel: "hotline",
    locale: request.locale,
    outcome: request.extra.outcome,
    alsoRun: [auditInsert(db, { staff: email, role, action: "hotline.check.created", detail: { via: "api" } })],
  });
  return c.json({ reference: check.reference, guidance: check.guidance }, 201, {
    Location: `/api/v1/checks/${check.reference}`,
  });
});
