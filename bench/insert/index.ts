// The bare minimum a check submission costs: read a small JSON body, insert one row, answer 201.
interface Env {
  DB: D1Database;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== "POST") return new Response("POST a JSON body", { status: 405 });
    const body = await request.text();
    await env.DB.prepare("insert into rows (value) values (?)").bind(body.slice(0, 500)).run();
    return Response.json({ stored: true }, { status: 201 });
  },
} satisfies ExportedHandler<Env>;
