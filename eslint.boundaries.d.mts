// Types for eslint.boundaries.mjs, so tests can read the same list of pure modules the linter uses.
export interface PureModule {
  /** Directory or single file, from the repository root. */
  path: string;
  /** Only these files of the directory are pure (names without ".ts"). */
  files?: string[];
  /** Allowed packages and "@/lib/..." pure modules. */
  imports?: string[];
  /** Allowed only as `import type`. */
  typeImports?: string[];
}
export declare const PURE_MODULES: readonly PureModule[];
export declare function pureModuleFiles(m: PureModule): string[];
export declare const BOUNDARY_CONFIGS: readonly object[];
