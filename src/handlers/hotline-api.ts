/**
 * @module
 * The hotline API for call-centre software (role `agent`): the body of
 * POST /api/v1/checks plus the call's `outcome`; stored with channel `hotline`.
 */
import { Hono } from "hono/tiny";
import * as z from "../validation";
import { requireStaff, type StaffVariables } from "../auth/middleware";
import { OUTCOMES } from "../check/vocabulary";
import { checkRequest } from "../contracts/check-request";
import { recordCheck } from "../services/record-check";
import { writeContext } from "../services/pending-token";
import { checkLocation } from "./api";

export const hotlineApi = new Hono<{ Bindings: Env; Variables: StaffVariables }>();
hotlineApi.use(requireStaff("agent"));

hotlineApi.post("/checks", checkRequest({ outcome: z.enum(OUTCOMES) }), async (c) => {
  const request = c.req.valid("json");
  const { email, role } = c.get("staff");
  const check = await recordCheck(writeContext(c), {
    answers: request.answers,
    channel: "hotline",
    locale: request.locale,
    outcome: request.extra.outcome,
    audit: { staff: email, role, action: "hotline.check.created", detail: { via: "api" } },
  });
  return c.json({ reference: check.reference, guidance: check.guidance, ...(check.queued && { queued: true }) }, 201, {
    Location: checkLocation(check.reference, check.queued?.token),
  });
});
