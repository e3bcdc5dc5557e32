// The connectors by platform: a platform without one here has no connector (enter numbers by hand).
import { instagramConnector } from "./instagram";
import type { MetricConnector } from "./types";
import { youtubeConnector } from "./youtube";

export const CONNECTORS = { instagram: instagramConnector, youtube: youtubeConnector } as const satisfies Record<string, MetricConnector>;
export type ConnectorPlatform = keyof typeof CONNECTORS;
export const CONNECTOR_PLATFORMS = Object.keys(CONNECTORS) as ConnectorPlatform[];

export function isConnectorPlatform(p: string): p is ConnectorPlatform {
  return Object.hasOwn(CONNECTORS, p);
}

export const CONNECTOR_LABELS: Record<ConnectorPlatform, string> = { instagram: "Instagram", youtube: "YouTube" };
export const AUTH_KIND_LABELS: Record<string, string> = {
  facebook_login: "Instagram API with Facebook Login (graph.facebook.com)",
  instagram_login: "Instagram API with Instagram Login (graph.instagram.com)",
  api_key: "API key",
  oauth: "OAuth access token",
};
