/**
 * Where `<accept-invitation>` finds its token when none is given: the `token` query parameter
 * (`https://portal.example.com/accept?token=…`), the memory client's default accept URL.
 * Hosts whose invitation links look otherwise set the element's `fromLocation`.
 */
export function tokenFromLocation(location: Location): string | undefined {
  return new URLSearchParams(location.search).get('token') ?? undefined;
}
