/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.js"],
  testTimeout: 60000,
  // The CustomFunctions global Excel provides; the web build once for the suites that read dist-web/.
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts"],
  globalSetup: "<rootDir>/test/setup/build-web.js",
  // office-addin-mock uses only an enum of office-addin-manifest, whose dependencies are ESM-only.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js" },
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
};
