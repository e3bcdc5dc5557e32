// Image thumbnails with sharp (libvips, prebuilt binaries from npm). Decoding the whole image also
// proves it is one: a file that sniffs as PNG but doesn't decode is refused. The thumbnail is WebP,
// at most 640 px on its longer side, turned upright by its EXIF orientation and stripped of metadata
// (no camera or GPS data). Only the first frame of an animated GIF/WebP is used.
import sharp from "sharp";

sharp.cache(false); // a server decodes each upload once; libvips' operation cache would only hold memory

export const THUMBNAIL_SIZE = 640;
/** Refuse images over 50 megapixels before decoding them (a small file can declare a huge canvas). */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** Writes a WebP thumbnail of `input` to `output`; returns the upright dimensions of the original. */
export async function makeThumbnail(input: string, output: string): Promise<{ width: number; height: number }> {
  const image = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" });
  const meta = await image.metadata();
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) throw new Error("image without dimensions");
  await image
    .rotate()
    .resize({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 78 })
    .toFile(output);
  return { width, height };
}
