"use client";

// Add an influencer by hand: the person and their first account.
import { useRouter } from "next/navigation";
import { useState } from "react";

import { createInfluencerAction } from "@/app/(app)/actions/influencers";
import { UpgradeHint } from "@/components/billing/upgrade-hint";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { useAction } from "@/components/workspaces/use-action";
import { PLATFORM_LABELS, PLATFORMS, type Platform } from "@/lib/vocabulary";

export function InfluencerForm({ slug }: { slug: string }) {
  const router = useRouter();
  const { run, pending, error, code, fieldErrors } = useAction(createInfluencerAction);
  const [f, setF] = useState({
    displayName: "",
    email: "",
    country: "",
    niches: "",
    tags: "",
    platform: "instagram",
    handle: "",
    followers: "",
    following: "",
    avgLikes: "",
    avgComments: "",
    engagementRate: "",
    bio: "",
    topHashtags: "",
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const err = (k: string) => fieldErrors[k] ?? fieldErrors[`account.${k}`];
  return (
    <form
      method="post"
      className="grid max-w-2xl gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          [
            slug,
            {
              displayName: f.displayName,
              email: f.email,
              country: f.country,
              niches: f.niches,
              tags: f.tags,
              account: {
                platform: f.platform as Platform,
                handle: f.handle,
                followers: f.followers,
                following: f.following,
                avgLikes: f.avgLikes,
                avgComments: f.avgComments,
                engagementRate: f.engagementRate,
                bio: f.bio,
                topHashtags: f.topHashtags,
              },
            },
          ],
          (d) => router.push(`/w/${slug}/influencers/${d.id}`),
        );
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" error={err("displayName")}>
          <Input value={f.displayName} onChange={set("displayName")} required />
        </Field>
        <Field label="Email" error={err("email")}>
          <Input type="email" value={f.email} onChange={set("email")} />
        </Field>
        <Field label="Country" error={err("country")} hint="Name or two-letter code">
          <Input value={f.country} onChange={set("country")} />
        </Field>
        <Field label="Niches" hint="Comma-separated">
          <Input value={f.niches} onChange={set("niches")} />
        </Field>
        <Field label="Platform" error={err("platform")}>
          <NativeSelect value={f.platform} onChange={set("platform")}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Handle or profile link" error={err("handle")}>
          <Input value={f.handle} onChange={set("handle")} required />
        </Field>
        <Field label="Followers" error={err("followers")}>
          <Input inputMode="numeric" value={f.followers} onChange={set("followers")} required />
        </Field>
        <Field label="Following" error={err("following")}>
          <Input inputMode="numeric" value={f.following} onChange={set("following")} />
        </Field>
        <Field label="Average likes per post" error={err("avgLikes")}>
          <Input inputMode="decimal" value={f.avgLikes} onChange={set("avgLikes")} />
        </Field>
        <Field label="Average comments per post" error={err("avgComments")}>
          <Input inputMode="decimal" value={f.avgComments} onChange={set("avgComments")} />
        </Field>
        <Field
          label="Engagement rate (%)"
          error={err("engagementRate")}
          hint="Only if you have no averages: we compute (likes + comments) ÷ followers otherwise"
        >
          <Input inputMode="decimal" value={f.engagementRate} onChange={set("engagementRate")} />
        </Field>
        <Field label="Tags" hint="Comma-separated">
          <Input value={f.tags} onChange={set("tags")} />
        </Field>
      </div>
      <Field label="Bio">
        <Textarea value={f.bio} onChange={set("bio")} rows={3} />
      </Field>
      <Field label="Top hashtags" hint="#skincare #glow">
        <Input value={f.topHashtags} onChange={set("topHashtags")} />
      </Field>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <UpgradeHint slug={slug} code={code} />
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? "Adding…" : "Add influencer"}
      </Button>
    </form>
  );
}
