import { startMailSink } from "./mail-sink";

export default async function globalSetup() {
  const server = await startMailSink();
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
