"use client";

// An optional drawn signature: a canvas you draw on with a finger, pen or mouse. The typed name is
// the signature that counts (and the keyboard alternative); the drawing is kept with it. Ink is dark
// on a white "paper" area in both themes, and the drawing is exported as a PNG data URL.
import { useEffect, useRef, useState } from "react";

import { Button } from "@/components/ui/button";

/** Device pixels per CSS pixel, capped so a phone's 3× screen doesn't make a needlessly large PNG. */
const MAX_SCALE = 2;

export function SignaturePad({ label, onChange }: { label: string; onChange: (dataUrl: string) => void }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const last = useRef<{ x: number; y: number } | null>(null);
  const hasInk = useRef(false);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const scale = Math.min(window.devicePixelRatio || 1, MAX_SCALE);
    const rect = canvas.getBoundingClientRect();
    canvas.width = Math.round(rect.width * scale);
    canvas.height = Math.round(rect.height * scale);
    const g = canvas.getContext("2d");
    if (!g) return;
    g.scale(scale, scale);
    g.lineWidth = 2.2;
    g.lineCap = "round";
    g.lineJoin = "round";
    g.strokeStyle = "#111827";
  }, []);

  function point(e: React.PointerEvent<HTMLCanvasElement>) {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  function clear() {
    const canvas = canvasRef.current;
    const g = canvas?.getContext("2d");
    if (!canvas || !g) return;
    g.save();
    g.setTransform(1, 0, 0, 1, 0, 0);
    g.clearRect(0, 0, canvas.width, canvas.height);
    g.restore();
    hasInk.current = false;
    setEmpty(true);
    onChange("");
  }

  return (
    <div className="grid gap-1.5">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={`${label}: drawing area (optional)`}
        className="h-36 w-full cursor-crosshair touch-none rounded-md border border-input bg-white"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          drawing.current = true;
          last.current = point(e);
        }}
        onPointerMove={(e) => {
          if (!drawing.current || !last.current) return;
          const g = e.currentTarget.getContext("2d");
          const p = point(e);
          if (!g) return;
          g.beginPath();
          g.moveTo(last.current.x, last.current.y);
          g.lineTo(p.x, p.y);
          g.stroke();
          last.current = p;
          if (!hasInk.current) {
            hasInk.current = true;
            setEmpty(false);
          }
        }}
        onPointerUp={(e) => {
          if (!drawing.current) return;
          drawing.current = false;
          last.current = null;
          if (hasInk.current) onChange(e.currentTarget.toDataURL("image/png"));
        }}
        onPointerCancel={() => {
          drawing.current = false;
          last.current = null;
        }}
      />
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs text-muted-foreground">{empty ? "Draw here if you like; your typed name is enough." : "Drawn."}</p>
        <Button type="button" variant="ghost" size="sm" onClick={clear} disabled={empty}>
          Clear drawing
        </Button>
      </div>
    </div>
  );
}
