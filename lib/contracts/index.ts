/**
 * Contracts: the pure parts — terms schema, readiness check, template and renderer, version hash,
 * payment schedule and payment states. Services that touch the database live beside them in their own files.
 */
export * from "./schema";
export * from "./check";
export * from "./template";
export * from "./render";
export * from "./hash";
export * from "./schedule";
export * from "./payment-state";
