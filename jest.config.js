/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.js"],
  testTimeout: 60000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
};
