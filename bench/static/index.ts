// The bare minimum a question page costs: Hono routing one request to a fixed page.
import { Hono } from "hono";

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Static</title></head><body><h1>Who are you answering for?</h1><form method="post"><input type="radio" name="a" value="b"><button>Continue</button></form></body></html>`;

const app = new Hono();
app.get("*", (c) => c.html(PAGE));
export default app;
