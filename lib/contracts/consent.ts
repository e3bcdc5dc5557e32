/**
 * The consent-to-electronic-records disclosure shown before an influencer reads and signs a contract.
 *
 * Pure text. It covers what the US ESIGN Act (15 U.S.C. §7001(c)(1)) asks to be disclosed before a
 * consumer's consent to electronic records counts: the right to have the record on paper; that
 * consent can be withdrawn, how, and what withdrawing costs (nothing); what the consent covers; how to
 * get a paper copy; how to update contact details; and the hardware and software needed to open and
 * keep the record. Reading it on screen and ticking the box is the "reasonably demonstrates" step:
 * it is shown in the same format the contract is. The wording is versioned, so the audit trail can
 * say which text was agreed to.
 */
export const CONSENT_DISCLOSURE_VERSION = 1;

export interface ConsentDisclosure {
  version: number;
  title: string;
  items: { heading: string; text: string }[];
  agreement: string;
}

/** The disclosure, naming the brand the influencer deals with. */
export function consentDisclosure(brandName: string): ConsentDisclosure {
  const brand = brandName.trim() || "the brand";
  return {
    version: CONSENT_DISCLOSURE_VERSION,
    title: "Agree to sign electronically",
    items: [
      {
        heading: "What you agree to",
        text: `To receive, read and sign this contract with ${brand} electronically, and to receive the signed copy electronically. This covers this contract only.`,
      },
      {
        heading: "You can have it on paper",
        text: `You have the right to this contract on paper instead. Ask ${brand} in the Questions box on your collaboration page and they will send you a paper copy, free of charge — before or after signing.`,
      },
      {
        heading: "You can withdraw your consent",
        text: `Until you sign, you can withdraw this consent at any time, at no cost: tell ${brand} in the Questions box, or decline the contract here. ${brand} will then arrange to sign on paper. Withdrawing does not undo a signature you have already given.`,
      },
      {
        heading: "What you need to keep a copy",
        text: "A phone or computer with a current web browser (Chrome, Safari, Firefox or Edge), an internet connection, and a way to save or print a PDF file. Once both sides have signed, the signed PDF can be downloaded from this page and is emailed to you.",
      },
      {
        heading: "If your contact details change",
        text: `Tell ${brand} in the Questions box so the signed copy reaches you.`,
      },
    ],
    agreement: "I can read this page, and I agree to use electronic records and signatures for this contract.",
  };
}
