import { linkInvalidMetadata, PortalLinkInvalid } from "@/components/portal/link-states";

export const metadata = linkInvalidMetadata;

export default PortalLinkInvalid;
