import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { ROOT } from "../fixtures/assert-pure";

// public/: the icons, manifest, robots.txt and Open Graph image app/layout.tsx points at exist and
// have the sizes they claim.
const PUBLIC = path.join(ROOT, "public");
const read = (file: string) => readFileSync(path.join(PUBLIC, file));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = read(file);
  expect(bytes.subarray(1, 4).toString("latin1"), `${file} is a PNG`).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("public/", () => {
  it("robots.txt keeps private and per-recipient paths out of search engines", () => {
    const rules = read("robots.txt").toString("utf8");
    expect(rules).toMatch(/^User-agent: \*$/m);
    for (const p of ["/w/", "/i/", "/invite/", "/api/", "/r/"]) expect(rules).toContain(`Disallow: ${p}\n`);
    expect(rules).not.toMatch(/^Disallow: \/$/m);
  });

  it("the web manifest's icons exist at the sizes it states", () => {
    const manifest = JSON.parse(read("manifest.webmanifest").toString("utf8")) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toBe("Microcampaigns");
    expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      expect(existsSync(path.join(PUBLIC, icon.src)), icon.src).toBe(true);
      if (icon.type === "image/png") {
        const { width, height } = pngSize(icon.src);
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    }
  });

  it("the Open Graph image is 1200×630 and the apple touch icon 180×180", () => {
    expect(pngSize("og.png")).toEqual({ width: 1200, height: 630 });
    expect(pngSize("apple-touch-icon.png")).toEqual({ width: 180, height: 180 });
  });

  it("favicon.ico holds 16, 32 and 48 px images", () => {
    const ico = read("favicon.ico");
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 32, 48]);
  });

  it("every file app/layout.tsx's metadata names is in public/", () => {
    const layout = readFileSync(path.join(ROOT, "app/layout.tsx"), "utf8");
    const files = [...layout.matchAll(/"\/([\w.-]+\.(?:ico|svg|png|webmanifest))"/g)].map((m) => m[1] ?? "");
    expect(files).toEqual(expect.arrayContaining(["favicon.ico", "icon.svg", "apple-touch-icon.png", "manifest.webmanifest", "og.png"]));
    for (const f of files) expect(existsSync(path.join(PUBLIC, f)), f).toBe(true);
  });
});
