import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", "data/**", "test-results/**", "lib/db/generated/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // App Router only: there is no pages/ directory to check links against.
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain owns its types; lib/api imports them and maps them to HTTP, never the other way round.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/api", "@/lib/api/**", "./api", "./api/**", "../api", "../api/**", "../../api", "../../api/**", "../../../api/**"],
              message: "lib/<area> must not import lib/api: define the type or helper in the domain, and let lib/api import it.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
