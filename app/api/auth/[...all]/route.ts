// better-auth's endpoints (/api/auth/sign-in/email, /sign-up/email, /get-session, …) on the
// lazily created instance, so that `next build` needs neither the database nor the secret.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/server/auth";

export const { GET, POST } = toNextJsHandler(async (request: Request) => (await getAuth()).handler(request));
