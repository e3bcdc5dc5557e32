"use client";

// What a person sees when a page failed on the server: a generic message with a ref. The ref is the
// error's digest, logged on the server (instrumentation.ts onRequestError) next to the request id.
// A client component on every page (the root error boundary): a plain button with the button's classes
// keeps Slot out of the pages that have no other client button.
import { useRouter } from "next/navigation";
import { startTransition } from "react";

import { buttonVariants } from "@/components/ui/button-variants";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // `reset` alone renders the segment again from the server response the browser already has, which
  // holds the same error: after a database restart the page stayed broken. Ask the server again
  // (`router.refresh`) and clear the error in the same transition, so the page shows once it's back.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <main id="main" className="mx-auto flex min-h-[60dvh] max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">This page didn&apos;t load</h1>
      <p className="text-sm text-muted-foreground">
        {error.digest ? `Something went wrong on our side (ref ${error.digest}).` : "Something went wrong on our side."} If the database was
        restarting, trying again usually works.
      </p>
      <button type="button" className={buttonVariants()} onClick={retry}>
        Try again
      </button>
    </main>
  );
}
