/** A minimal PNG reader for tests: the size from IHDR, and the pixels of 8-bit RGB/RGBA images. */
import { inflateSync } from "node:zlib";

/** Width and height from the IHDR chunk (bytes 16–23 of any PNG). */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString("latin1", 1, 4) !== "PNG" || png.toString("latin1", 12, 16) !== "IHDR") throw new Error("not a PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Greyscale value (0–255) of every pixel of a non-interlaced 8-bit RGB or RGBA PNG. */
export function pngGrey(png: Buffer): Float64Array {
  const { width, height } = pngSize(png);
  const colorType = png[25];
  if (png[24] !== 8 || (colorType !== 2 && colorType !== 6) || png[28] !== 0) throw new Error("only 8-bit RGB/RGBA, non-interlaced");
  const channels = colorType === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      out[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  const grey = new Float64Array(width * height);
  for (let i = 0; i < grey.length; i++) grey[i] = (out[i * channels] + out[i * channels + 1] + out[i * channels + 2]) / 3;
  return grey;
}

/** Variance of the pixels' grey values: 0 for a blank image. */
export function variance(values: Float64Array): number {
  let mean = 0;
  for (const v of values) mean += v / values.length;
  let sum = 0;
  for (const v of values) sum += (v - mean) ** 2;
  return sum / values.length;
}
