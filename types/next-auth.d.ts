import type { Role } from "@/lib/db/enums";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email: string; name: string | null; role: Role };
  }
}
