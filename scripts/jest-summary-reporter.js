/**
 * Jest reporter that ends the run with one plain line CI can read:
 * "N passed, N failed" (", N skipped" when some were skipped).
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}`;
    // Printed at exit so that it follows jest's own summary (which goes to stderr).
    process.once("exit", () => process.stdout.write(`${line}\n`));
  }
}
module.exports = SummaryReporter;
