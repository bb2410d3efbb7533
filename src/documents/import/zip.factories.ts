import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/** One part of a test ZIP; `declaredSize` lets a test lie about the expanded size as a hostile file would. */
export interface ZipPart {
  readonly name: string;
  readonly data?: Buffer;
  /** Already deflated bytes with their real size and checksum, for parts too large to hold expanded. */
  readonly deflated?: { readonly bytes: Buffer; readonly size: number; readonly crc: number };
  readonly declaredSize?: number;
}

/** Writes a ZIP file (deflate, no data descriptors) from parts. */
export const zipOf = (parts: readonly ZipPart[]): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const packed = p.deflated ?? {
      bytes: deflateRawSync(p.data ?? Buffer.alloc(0)),
      size: p.data?.length ?? 0,
      crc: crc32(p.data ?? Buffer.alloc(0)),
    };
    const size = p.declaredSize ?? packed.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.crc, 16);
    central.writeUInt32LE(packed.bytes.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed.bytes);
    centrals.push(central, name);
    offset += 30 + name.length + packed.bytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A Word-shaped file whose document part expands to `megabytes` MB of paragraphs from about 1/1000 of that. */
export const wordBomb = async (megabytes: number, declaredSize?: number): Promise<Buffer> => {
  const chunk = Buffer.from("<w:p><w:r><w:t>Recalling</w:t></w:r></w:p>".repeat(24_000));
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const head = Buffer.from(`<w:document ${W}><w:body>`);
  const tail = Buffer.from("</w:body></w:document>");
  let crc = crc32(head);
  let size = head.length;
  deflate.write(head);
  while (size < megabytes * 1048576) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
  }
  crc = crc32(tail, crc);
  size += tail.length;
  await new Promise((r) => {
    deflate.once("end", r);
    deflate.end(tail);
  });
  const document = {
    name: "word/document.xml",
    deflated: { bytes: Buffer.concat(out), size, crc },
    ...(declaredSize !== undefined ? { declaredSize } : {}),
  };
  return zipOf([{ name: "[Content_Types].xml", data: CONTENT_TYPES }, document]);
};

/** A small Word-shaped file whose body nests `depth` elements inside one another. */
export const deepWordFile = (depth: number): Buffer =>
  zipOf([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    {
      name: "word/document.xml",
      data: Buffer.from(`<w:document ${W}><w:body>${"<w:sdt>".repeat(depth)}${"</w:sdt>".repeat(depth)}</w:body></w:document>`),
    },
  ]);
