// Type-aware lint for the whole tree. Domain code (deciders) may not read the wall
// clock or arm timers: time is an input there (STYLE §2).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "lib/generated/", "data/", ".tmp/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "bin/*.js"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-confusing-void-expression": "off",
      "@typescript-eslint/no-unnecessary-condition": ["error", { allowConstantLoopConditions: true }],
      "@typescript-eslint/no-extraneous-class": "off",
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/services/*/src/**"], message: "import a service through its index.ts" }] }],
    },
  },
  {
    files: ["**/domain/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "setTimeout", "setInterval", "clearTimeout", "clearInterval", "setImmediate"],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "time is an input: use the `now` argument" }],
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "time is an input" }],
    },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
