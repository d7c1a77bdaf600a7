import { describe, expect, it } from "vitest";
import { checkUserChange, removesActiveAdmin } from "@/lib/accounts/user-change-policy";
import { ConflictError, PolicyViolationError } from "@/lib/errors";

const admin = { id: "a", role: "ADMIN" as const, disabled: false };
const other = { id: "b", role: "ADMIN" as const, disabled: false };

describe("user change policy", () => {
  it("refuses changing one's own role or disabling oneself, with the rule named", () => {
    expect(() => checkUserChange({ role: "EDITOR" }, { actorId: "a", target: admin, activeAdmins: 3 })).toThrow(
      expect.objectContaining({ rule: "no-self-role-change" }),
    );
    expect(() => checkUserChange({ disabled: true }, { actorId: "a", target: admin, activeAdmins: 3 })).toThrow(PolicyViolationError);
  });

  it("allows an admin to restate their own role or keep themself enabled", () => {
    expect(() => checkUserChange({ role: "ADMIN", disabled: false }, { actorId: "a", target: admin, activeAdmins: 1 })).not.toThrow();
  });

  it("refuses removing the last active admin with a conflict, allows it while another remains", () => {
    expect(() => checkUserChange({ role: "SUBSCRIBER" }, { actorId: "a", target: other, activeAdmins: 1 })).toThrow(ConflictError);
    expect(() => checkUserChange({ disabled: true }, { actorId: "a", target: other, activeAdmins: 1 })).toThrow(/last active admin/);
    expect(() => checkUserChange({ role: "EDITOR" }, { actorId: "a", target: other, activeAdmins: 2 })).not.toThrow();
  });

  it("counts only changes that take an active admin away", () => {
    expect(removesActiveAdmin(other, { role: "EDITOR" })).toBe(true);
    expect(removesActiveAdmin(other, { disabled: true })).toBe(true);
    expect(removesActiveAdmin(other, { role: "ADMIN" })).toBe(false);
    expect(removesActiveAdmin({ ...other, disabled: true }, { role: "EDITOR" })).toBe(false);
    expect(removesActiveAdmin({ id: "c", role: "EDITOR", disabled: false }, { disabled: true })).toBe(false);
  });
});
