import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

// Layers: lib/ is pure, components/ never reach the server, only the data layer touches Prisma.
const frameworkImports = ["next", "next/*", "react", "react-dom", "next-intl", "next-intl/*", "@prisma/*"];

// The Prisma client, the generated clients and server/db.ts's handles on them belong to the data layer:
// server/**/queries.ts, server/**/mutations.ts and server/db.ts. server/db.ts's other exports (authDatabase for
// better-auth, disconnectDb for scripts) never hand the client out, so they stay importable.
const dataLayerOnly = [
  {
    group: ["@prisma/*", "**/generated/**"],
    message: "Only server/**/queries.ts, server/**/mutations.ts and server/db.ts use Prisma: call a query or mutation.",
  },
  {
    group: ["**/server/db", "**/server/db.ts", "./db", "./db.ts", "../db", "../db.ts"],
    importNames: ["getDb", "getProviderClient", "providerOf", "Db", "ProviderClient"],
    message: "Only server/**/queries.ts and server/**/mutations.ts get the client: call a query or mutation.",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  // Regular expressions run on user text: none may backtrack super-linearly (issue 10), and the recommended
  // rules catch the rest of what makes a pattern wrong or slow.
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    ignores: [
      ".next/**",
      "generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  // A leading underscore names a value left out on purpose (`const { id: _id, ...rest } = term`).
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
        },
      ],
    },
  },
  {
    // `{ id: _id, ...rest }`: a leading underscore names what is left out on purpose.
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    // Outside the rule: the data layer itself; tests and their harness, which assert what a call wrote; the
    // Prisma CLI's config; and the e2e specs and fixtures, which run outside the app.
    ignores: [
      "server/**/queries.ts",
      "server/**/mutations.ts",
      "server/db.ts",
      "**/*.test.ts",
      "server/testing/**",
      "prisma/**",
      "e2e/**",
    ],
    rules: { "no-restricted-imports": ["error", { patterns: dataLayerOnly }] },
  },
  {
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...frameworkImports, "**/server/**", "**/app/**", "@/server/*", "@/app/*", "**/generated/**"] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/server/**", "@/server/*", "**/generated/**", "@prisma/*"] }],
    },
  },
];

export default config;
