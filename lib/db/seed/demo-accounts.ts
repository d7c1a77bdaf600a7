import type { Role } from "../generated/enums";

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  name: string;
}

/**
 * The demo sign-ins, published in the README. One list, so the README, the
 * seed and the tests cannot disagree. They are seeded with `isDemo: true`,
 * which production refuses unless MODELWATCH_DEMO_ACCOUNTS=true.
 */
export const DEMO_ACCOUNTS = {
  editor: { email: "editor@modelwatch.local", password: "modelwatch-editor", role: "EDITOR", name: "Demo Editor" },
  admin: { email: "admin@modelwatch.local", password: "modelwatch-admin", role: "ADMIN", name: "Demo Admin" },
} as const satisfies Record<string, DemoAccount>;
