/**
 * Documents: rendering business documents (contracts now; notices of non-compliance and other notices later) to
 * archival PDF. Later also document templates and the stored, versioned documents themselves.
 *
 * <p>API: {@link org.highroad.documents.PdfRenderer} ({@code render(Document)} gives the PDF bytes) and the value
 * records it takes: {@link org.highroad.documents.Document}, {@link org.highroad.documents.Section} and the
 * {@link org.highroad.documents.Block}s ({@code Paragraph}, {@code Table}). The other classes here are the
 * package-private layout. Callers pass text they have already formatted (money, dates, numbers), so the renderer
 * knows no business rule, locale or currency.
 *
 * <p>Depends on no business module; its only collaborator is the platform's {@code java.time.Clock} bean (for the
 * creation date). The business modules depend on it to print their documents, never the reverse.
 *
 * <p>The font, Liberation Sans (SIL Open Font License 1.1), is embedded in every PDF so the document looks the same
 * wherever and whenever it is opened.
 */
package org.highroad.documents;
