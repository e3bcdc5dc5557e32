/** Briefs: the pure parts — schema and types, completeness score, and version diff. */
export * from "./schema";
export * from "./score";
export * from "./diff";
