// `npm run lint`: ESLint with Microsoft's eslint-plugin-office-addins (the Office.js load/sync rules,
// no-context-sync-in-loop an error) over the TypeScript sources and tests, parsed by typescript-eslint.
// Formatting is not linted (the plugin's recommended set adds prettier; the code keeps its own style).
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

export default [
  { ignores: ["dist/**", "dist-web/**", "dist-pane/**", "test-artifacts/**", "coverage/**", "node_modules/**"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    // Directives name typescript-eslint rules this config does not turn on.
    linterOptions: { reportUnusedDisableDirectives: "off" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // The Office.js rules on the code that runs in Office (tests drive exceljs objects the rules
    // would mistake for Office proxies).
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      // It flags load("isNullObject"), a scalar every getItemOrNullObject caller reads: off.
      "office-addins/no-navigational-load": "off",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
];
