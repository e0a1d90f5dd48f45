// Shapes of the micro-wish API (public wall and staff pages).
export type WishState = 'submitted' | 'rejected' | 'published' | 'claimed' | 'fulfilled' | 'thanked' | 'withdrawn';
export type ClaimantKind = 'volunteer' | 'partyMember' | 'socialOrganization' | 'unit';
export type WishActor = 'wisher' | 'staff' | 'claimant' | 'volunteer' | 'other';
export interface WallWish {
  id: number; title: string; description: string; wisher: string; state: WishState;
  claimant: { kind: ClaimantKind; name: string } | null; fulfilNote: string | null; photoUrl: string | null;
  hours: number | null; thanks: string | null; createdAt: string;
}
export interface WallService { id: number; title: string; description: string; availability: string | null; provider: string; kind: ClaimantKind; profileId: number }
export interface Wall { wishes: WallWish[]; services: WallService[]; volunteers: { id: number; kind: ClaimantKind; name: string; hours: number }[] }
export interface WishEventRow { event: string; fromState: string; toState: string; actorRole: string; note: string | null; at: string }
export interface Wish {
  id: number; villageCode: string; title: string; description: string; wisherName?: string; wisher?: string; state: WishState;
  onBehalf?: boolean; rejectReason?: string | null; fulfilNote: string | null; photoUrl: string | null; hours: number | null; thanks: string | null;
  claimant: { id?: number; kind: ClaimantKind; name: string; publicName?: string } | null; events: WishEventRow[]; createdAt: string;
}
export interface WishDetail { wish: Wish; actors: WishActor[]; full: boolean }
export interface Profile { id: number; villageCode: string; kind: ClaimantKind; name: string; publicName: string; introduction: string | null; hours: number; own: boolean }
export const wisherOf = (w: Wish) => w.wisherName ?? w.wisher ?? '';
