// A suite that cannot run here (no PostgreSQL, no LL2 reference folder) says why and is
// skipped on a user's machine; in CI (APOGEE_REQUIRE_ALL_SUITES=1) that is a failure.
export function skipUnlessRequired(reason: string | false): string | false {
  if (reason && process.env.APOGEE_REQUIRE_ALL_SUITES === '1') {
    throw new Error(`${reason} — APOGEE_REQUIRE_ALL_SUITES=1 forbids skipping`);
  }
  if (reason) console.log(`# SKIPPED: ${reason}`);
  return reason;
}
