// The PDF's XMP metadata packet: what the document information dictionary
// says (title, authors, subject, keywords, dates, tools), in the form PDF/UA
// requires, and the claim of PDF/UA-1 conformance (pdfuaid:part).
import { PDFName, type PDFDocument } from 'pdf-lib';
import { escapeXml } from '../epub/xhtml.ts';

export interface XmpFields {
  title: string;
  authors: string[];
  description: string;
  keywords: string[];
  language: string;
  creator: string;
  producer: string;
  /** Creation and modification, one date (the manuscript's last change). */
  date: Date;
}

const stamp = (date: Date) => date.toISOString().replace(/\.\d+Z$/, 'Z');
const list = (kind: 'Seq' | 'Bag', items: string[]) => `<rdf:${kind}>${items.map((item) => `<rdf:li>${escapeXml(item)}</rdf:li>`).join('')}</rdf:${kind}>`;

export function xmpPacket(fields: XmpFields): string {
  const date = stamp(fields.date);
  // A fixed packet id (the one the XMP specification gives); no padding, as the file is rewritten whole on every build.
  return `<?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator>${list('Seq', fields.authors)}</dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.description)}</rdf:li></rdf:Alt></dc:description>
<dc:subject>${list('Bag', fields.keywords)}</dc:subject>
<dc:language>${list('Bag', [fields.language])}</dc:language>
<pdf:Keywords>${escapeXml(fields.keywords.join(' '))}</pdf:Keywords>
<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>
<xmp:CreatorTool>${escapeXml(fields.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/** Sets the catalog's /Metadata to the packet, uncompressed, as PDF/A and PDF/UA readers expect to find it. */
export function setXmp(doc: PDFDocument, fields: XmpFields): void {
  const stream = doc.context.stream(new TextEncoder().encode(xmpPacket(fields)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
