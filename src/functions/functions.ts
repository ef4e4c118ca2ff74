/**
 * Custom functions (ASSESS.*) — placeholder until the custom-functions issue: nothing is
 * registered yet, so the manifest does not declare the custom functions extension point.
 */
export {};
