import { MAX_PHOTOS, imageDimensions, sniffImage } from '../business/images';
import type { Session } from '../db';

/** A photo as the place page shows it: its address, size (from the header) and alt text. */
export interface PlacePhoto {
	id: string;
	alt: string;
	width: number | null;
	height: number | null;
}

/** Enough of a file for its header (a JPEG's EXIF block before the frame is at most 64 KiB). */
const HEADER_BYTES = 65_536 + 1024;

/**
 * The approved photos of a place the caller may see. RLS decides which (media_select_visible: a
 * photo is seen with its place, so anon sees photos of published, current places only); approved_at
 * keeps a business's own waiting photo off its public page.
 */
export async function placePhotos(db: Session, placeId: string): Promise<PlacePhoto[]> {
	const rows = await db.query<{ id: string; alt: string; head: Uint8Array }>(
		`select id, alt, substring(bytes from 1 for ${HEADER_BYTES}) as head
		   from public.media
		  where place_id = $1 and purpose = 'photo' and approved_at is not null
		  order by created_at, id
		  limit ${MAX_PHOTOS}`,
		[placeId]
	);
	return rows.map((r) => {
		const head = new Uint8Array(r.head);
		const type = sniffImage(head);
		const size = type ? imageDimensions(head, type) : null;
		return { id: r.id, alt: r.alt, width: size?.width ?? null, height: size?.height ?? null };
	});
}
