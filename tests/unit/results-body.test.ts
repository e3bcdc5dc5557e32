// @vitest-environment happy-dom
// The roster's rows in the browser (components/influencers/results-body.tsx): hydration keeps the
// server's rows and builds nothing (building formats every figure with Intl, whose first use in a
// page is a long task on a phone); rows that change afterwards are built and written, and rows that
// come back the same as the server's (a refresh) leave the server's rows, and their ticked boxes, alone.
import { act, createElement } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { ResultsBody } from "@/components/influencers/results-body";
import { toWire } from "@/components/influencers/roster-row";

import { rosterRowFixture } from "../fixtures/roster-row";

const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/components/influencers/results-rows", async (importOriginal) => {
  const m = await importOriginal<typeof import("@/components/influencers/results-rows")>();
  return {
    ...m,
    rosterRowsHtml: (...args: Parameters<typeof m.rosterRowsHtml>) => {
      builds.count++;
      return m.rosterRowsHtml(...args);
    },
  };
});

const row = (id: string, displayName: string) => rosterRowFixture({ id, displayName });
const first = () => [row("cmxrowa", "Isla Baker"), row("cmxrowb", "Omar Novak")].map(toWire);
const second = () => [row("cmxrowc", "Jonas Weber")].map(toWire);
const body = (rows: ReturnType<typeof first>) => createElement(ResultsBody, { slug: "demo", rows });
const names = (table: HTMLElement) => [...table.querySelectorAll("tr a")].map((a) => a.textContent);

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = "";
});

/** A table holding the server's HTML of `rows` (rendered without a window, as on the server), hydrated. */
async function hydrated(rows: ReturnType<typeof first>) {
  vi.stubGlobal("window", undefined);
  let html: string;
  try {
    html = renderToString(body(rows));
  } finally {
    vi.unstubAllGlobals();
  }
  const table = document.createElement("table");
  table.innerHTML = html;
  document.body.append(table);
  const served = { html: table.innerHTML, tr: table.querySelector("tr") };
  builds.count = 0;
  await act(async () => {
    root = hydrateRoot(table, body(rows));
  });
  return Object.assign(table, { served });
}

describe("ResultsBody in the browser", () => {
  it("hydrates without building the rows, and leaves the server's rows in place", async () => {
    const table = await hydrated(first());
    await act(async () => {}); // the re-render after hydration (the client snapshot)
    expect(builds.count).toBe(0);
    expect(table.querySelector("tr")).toBe(table.served.tr);
    expect(table.innerHTML).toBe(table.served.html);
    expect(names(table)).toEqual(["Isla Baker", "Omar Novak"]);
  });

  it("keeps the server's rows and their ticked boxes when a refresh brings the same rows", async () => {
    const table = await hydrated(first());
    const tr = table.querySelector("tr");
    const box = table.querySelector<HTMLInputElement>("input[data-row-select]")!;
    box.checked = true;
    await act(async () => root!.render(body(first())));
    expect(table.querySelector("tr")).toBe(tr);
    expect(box.checked).toBe(true);
    expect(names(table)).toEqual(["Isla Baker", "Omar Novak"]);
  });

  it("writes new rows, and the first rows again after them (never the placeholder)", async () => {
    const table = await hydrated(first());
    await act(async () => root!.render(body(second())));
    expect(builds.count).toBeGreaterThan(0);
    expect(names(table)).toEqual(["Jonas Weber"]);
    await act(async () => root!.render(body(first())));
    expect(names(table)).toEqual(["Isla Baker", "Omar Novak"]);
    await act(async () => root!.render(body(first())));
    expect(names(table)).toEqual(["Isla Baker", "Omar Novak"]);
  });

  it("builds the rows on a client-side navigation (a fresh render, no server HTML)", async () => {
    const table = document.createElement("table");
    document.body.append(table);
    await act(async () => {
      root = createRoot(table);
      root.render(body(first()));
    });
    expect(names(table)).toEqual(["Isla Baker", "Omar Novak"]);
  });
});
