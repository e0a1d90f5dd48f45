// Shapes of the micro-wish API (public wall and staff pages), from the generated API types (the
// zod schemas of src/modules/wishes are the source).
import type { ApiResponse, Item } from '../../lib/api-types.ts';

export type Wall = ApiResponse<'/api/v1/villages/{code}/wishes/wall'>;
export type WallWish = Item<Wall['wishes']>;
export type WallService = Item<Wall['services']>;
export type ClaimantKind = WallService['kind'];

/** A wish with what the reader may do to it; the full record for those involved, else the public one. */
export type WishDetail = ApiResponse<'/api/v1/wishes/{id}'>;
export type Wish = WishDetail['wish'];
export type WishState = Wish['state'];
export type WishActor = Item<WishDetail['actors']>;
export type WishEventRow = Item<Wish['events']>;
/** A wish as the village's staff list it (always the full record). */
export type StaffWish = Item<ApiResponse<'/api/v1/villages/{code}/wishes'>>;

/** A volunteer or organisation profile as its owner or the staff see it. */
export type Profile = Item<ApiResponse<'/api/v1/villages/{code}/volunteers'>>;
/** A profile's public record: hours, services offered, wishes fulfilled. */
export type PublicProfile = ApiResponse<'/api/v1/volunteers/{id}'>;

export const wisherOf = (w: Wish) => ('wisherName' in w ? w.wisherName : w.wisher);
