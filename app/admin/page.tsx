import { redirect } from "next/navigation";

/** /admin opens on the users table. */
export default function AdminPage() {
  redirect("/admin/users");
}
