/**
 * The installation's sealing certificate: a self-signed X.509 certificate and its RSA key, made on
 * first use and kept in the database (InstallationCertificate) so every app server and worker seals
 * with the same one. Two servers making it at once both try to insert the one row; the first insert
 * wins (ON CONFLICT DO NOTHING) and both then read the winner. README "Executed contracts: the sealed PDF" says how to replace
 * it with a certificate from a real certificate authority.
 *
 * The key is made by node:crypto (fast, native); node-forge builds the certificate and the PKCS#12
 * bundle that @signpdf/signer-p12 signs with.
 */
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";

import forge from "node-forge";

import { db } from "../db";
import { env } from "../env";

export const SEAL_CERTIFICATE_NAME = "pdf-seal";

export interface SealCertificate {
  certificatePem: string;
  privateKeyPem: string;
  /** SHA-256 of the certificate's DER bytes, hex. */
  fingerprintSha256: string;
}

/** SHA-256 of a PEM certificate's DER encoding. */
export function certificateFingerprint(certificatePem: string): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(forge.pki.certificateFromPem(certificatePem))).getBytes();
  return createHash("sha256").update(Buffer.from(der, "binary")).digest("hex");
}

/** A new self-signed certificate for sealing documents, valid for 20 years. */
export function generateSealCertificate(now = new Date()): SealCertificate {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 3072,
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive serial: a leading 0x01 byte keeps the high bit clear.
  cert.serialNumber = `01${randomBytes(15).toString("hex")}`;
  cert.validity.notBefore = new Date(now.getTime() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + 20);
  let host = "localhost";
  try {
    host = new URL(env.APP_URL ?? "http://localhost").hostname;
  } catch {
    /* keep localhost */
  }
  const attrs = [
    { name: "commonName", value: `Microcampaigns document seal (${host})` },
    { name: "organizationName", value: "Microcampaigns installation" },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  const certificatePem = forge.pki.certificateToPem(cert);
  return { certificatePem, privateKeyPem: privateKey, fingerprintSha256: certificateFingerprint(certificatePem) };
}

const globalForSeal = globalThis as unknown as { __sealCertificate?: Promise<SealCertificate> };

/** The installation's certificate, made and stored on first use; cached per process. */
export function sealCertificate(): Promise<SealCertificate> {
  globalForSeal.__sealCertificate ??= (async () => {
    const select = { certificatePem: true, privateKeyPem: true, fingerprintSha256: true } as const;
    const existing = await db.installationCertificate.findUnique({ where: { name: SEAL_CERTIFICATE_NAME }, select });
    if (existing) return existing;
    const fresh = generateSealCertificate();
    await db.installationCertificate.createMany({ data: [{ name: SEAL_CERTIFICATE_NAME, ...fresh }], skipDuplicates: true });
    return db.installationCertificate.findUniqueOrThrow({ where: { name: SEAL_CERTIFICATE_NAME }, select });
  })().catch((e: unknown) => {
    globalForSeal.__sealCertificate = undefined;
    throw e;
  });
  return globalForSeal.__sealCertificate;
}

/** Forgets the cached certificate (tests; after replacing the row by hand, restart instead). */
export function forgetSealCertificate(): void {
  globalForSeal.__sealCertificate = undefined;
}

/** The certificate and key as a PKCS#12 bundle with an empty passphrase (held in memory only). */
export function toPkcs12(c: SealCertificate): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(c.privateKeyPem),
    [forge.pki.certificateFromPem(c.certificatePem)],
    "",
    {
      algorithm: "3des",
    },
  );
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}
