/**
 * @module
 * The bar staff pages show under the header: the signed-in address, the pages
 * of their role, and sign-out (Access's logout link in production, a form post
 * to the local dev sign-out in development).
 */
import type { PageContext, StaffIdentity } from "../page-context";

const HOME: Record<StaffIdentity["role"], string> = { agent: "/hotline", analyst: "/analyst" };

export function StaffBar({ page, staff }: { page: PageContext; staff: StaffIdentity }) {
  const words = page.catalog.hotline.staff;
  return (
    <div class="staff-bar">
      <div class="site-container site-container--wide staff-bar__row">
        <nav aria-label={words.navLabel}>
          <a class="usa-link" href={HOME[staff.role]}>
            {words.pages[staff.role]}
          </a>
        </nav>
        <p class="staff-bar__who">
          {words.signedInAs} <strong>{staff.email}</strong>
        </p>
        {staff.signOut.method === "post" ? (
          <form method="post" action={staff.signOut.href}>
            <button class="usa-button usa-button--unstyled" type="submit">
              {words.signOut}
            </button>
          </form>
        ) : (
          <a class="usa-link" href={staff.signOut.href}>
            {words.signOut}
          </a>
        )}
      </div>
    </div>
  );
}
