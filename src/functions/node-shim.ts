/**
 * A minimal `CustomFunctions` global for running the functions outside Excel (jest, the bench):
 * `Error` with `code` and `message`, and the error codes. Excel provides the real one.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
  }
}

/** Define `globalThis.CustomFunctions` unless Excel already did. */
export function installCustomFunctionsShim(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  g.CustomFunctions = { Error: CustomFunctionsError, ErrorCode, associate: () => undefined };
}
