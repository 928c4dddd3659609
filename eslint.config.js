// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "data", ".blotter", "coverage", "tmp"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Dependencies point inward: pipeline stages never import the shells or the store.
    files: ["src/clean/**", "src/extract/**", "src/dedupe/**", "src/link/**", "src/collect/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["**/cli/**", "**/server/**", "**/store/**", "**/worker/**"] },
      ],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
);
