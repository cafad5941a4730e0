/** What every format reader hands the parser: plain text, and what the page around it said. */

export interface PortalEvidence {
	/** The page's headline, where the report's title often sits alone. */
	headline: string | null;
	/** The portal's 发布日期, ISO `YYYY-MM-DD`: when it was posted, not when the report was issued. */
	publishedDate: string | null;
	/** The portal's 发布机构. */
	publisher: string | null;
}

export interface IntakeText {
	/** The report as plain text, one paragraph (or line) per line, chrome removed. */
	text: string;
	/** Text encoding of the original, for text and web pages; null for .docx and .pdf. */
	encoding: string | null;
	/** What a portal page said about the report (empty for files). */
	evidence: PortalEvidence;
}

export const NO_EVIDENCE: PortalEvidence = { headline: null, publishedDate: null, publisher: null };
