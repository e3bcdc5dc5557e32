// The command line of the benchmarks (tests/bench/scratch-db.ts): `--name value`, and size lists
// that keep only positive whole numbers, so a typo never builds a scratch database of NaN rows.
import { afterEach, describe, expect, it } from "vitest";

import { arg, sizesArg } from "../bench/scratch-db";

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
});

describe("bench arguments", () => {
  it("reads `--name value`, and the fallback when the flag or its value is missing", () => {
    process.argv = ["node", "bench", "--runs", "5", "--keep"];
    expect(arg("runs", "30")).toBe("5");
    expect(arg("sizes", "10")).toBe("10");
    expect(arg("keep", "no")).toBe("no");
  });

  it("keeps the positive whole numbers of a size list, in the order given", () => {
    process.argv = ["node", "bench", "--sizes", "2000, 100,abc,-5,0,1.5,300"];
    expect(sizesArg("sizes", "1")).toEqual([2000, 100, 300]);
    process.argv = ["node", "bench"];
    expect(sizesArg("sizes", "10000,100000")).toEqual([10000, 100000]);
  });
});
