// The schema's enums alone: safe for components and client bundles, which must
// never import the database module itself.
export * from "./generated/enums";
