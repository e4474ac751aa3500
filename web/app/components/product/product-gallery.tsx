import type { Image } from "../../catalogue/catalog-types";

/**
 * The pictures of the chosen colour (and those of no particular colour), one above the other:
 * nothing to operate, so it needs no script. The first is the page's main image and loads at
 * once; the rest wait until they come near the screen.
 */
export function ProductGallery({ images, colour, name }: { images: readonly Image[]; colour: string | null; name: string }) {
  const ofColour = images.filter((image) => image.colour === null || image.colour === colour);
  const shown = ofColour.length ? ofColour : images;
  if (shown.length === 0) return <div className="gallery gallery--empty placeholder" />;
  return (
    <div className="gallery">
      <ul className="gallery__list">
        {shown.map((image, i) => (
          <li key={image.url} className={i === 0 ? "gallery__item gallery__item--lead" : "gallery__item"}>
            <img
              className="gallery__image"
              src={image.url}
              width={image.width}
              height={image.height}
              alt={i === 0 ? image.alt || name : image.alt}
              loading={i === 0 ? "eager" : "lazy"}
              fetchPriority={i === 0 ? "high" : undefined}
              decoding="async"
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
