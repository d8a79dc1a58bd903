// The tagged PDF's structure tree as an assistive reader walks it: read
// back with pdf-lib from the file alone, independent of the code that wrote it.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';

export interface StructNode {
  ref: PDFRef | undefined;
  type: string;
  alt: string | undefined;
  actualText: string | undefined;
  kids: StructNode[];
  /** Marked content it holds itself: page reference and MCID. */
  content: { page: PDFRef | undefined; mcid: number }[];
  /** Annotations it holds (OBJR). */
  objects: PDFRef[];
}

const textOf = (object: PDFObject | undefined) => (object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined);

export function structureTree(doc: PDFDocument): StructNode[] {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const read = (ref: PDFRef | undefined, dict: PDFDict): StructNode => {
    const pg = dict.get(PDFName.of('Pg'));
    const page = pg instanceof PDFRef ? pg : undefined;
    const k = dict.get(PDFName.of('K'));
    const node: StructNode = {
      ref,
      type: dict.lookup(PDFName.of('S'), PDFName).decodeText(),
      alt: textOf(dict.get(PDFName.of('Alt'))),
      actualText: textOf(dict.get(PDFName.of('ActualText'))),
      kids: [],
      content: [],
      objects: [],
    };
    for (const kid of k instanceof PDFArray ? k.asArray() : k ? [k] : []) {
      if (kid instanceof PDFNumber) {
        node.content.push({ page, mcid: kid.asNumber() });
        continue;
      }
      const target = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      if (!(target instanceof PDFDict)) throw new Error(`a kid that is neither an MCID nor a dictionary: ${String(kid)}`);
      const type = target.get(PDFName.of('Type'));
      if (type === PDFName.of('MCR')) {
        const own = target.get(PDFName.of('Pg'));
        node.content.push({ page: own instanceof PDFRef ? own : page, mcid: target.lookup(PDFName.of('MCID'), PDFNumber).asNumber() });
      } else if (type === PDFName.of('OBJR')) node.objects.push(target.get(PDFName.of('Obj')) as PDFRef);
      else node.kids.push(read(kid instanceof PDFRef ? kid : undefined, target));
    }
    return node;
  };
  const k = root.get(PDFName.of('K'));
  return (k instanceof PDFArray ? k.asArray() : [k]).map((kid) => read(kid instanceof PDFRef ? kid : undefined, doc.context.lookup(kid, PDFDict)));
}

export function* walk(nodes: StructNode[]): Generator<StructNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.kids);
  }
}

/** The catalog's XMP packet, as text. */
export function xmpText(doc: PDFDocument): string | undefined {
  const stream = doc.catalog.lookup(PDFName.of('Metadata'));
  return stream instanceof PDFRawStream ? new TextDecoder().decode(decodePDFRawStream(stream).decode()) : undefined;
}
