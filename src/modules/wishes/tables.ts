import type { Generated } from 'kysely';
import type { ClaimantKind, WishState } from './rules.ts';

export interface WishTables {
  volunteerProfile: {
    id: Generated<number>;
    villageCode: string;
    kind: ClaimantKind;
    name: string;
    accountId: number | null;
    introduction: string | null;
    minutes: Generated<number>;
    createdAt: Date;
  };
  microWish: {
    id: Generated<number>;
    villageCode: string;
    title: string;
    description: string;
    wisherName: string;
    wisherAccountId: number | null;
    postedBy: string;
    onBehalf: boolean;
    state: WishState;
    rejectReason: string | null;
    claimedBy: number | null;
    claimedAt: Date | null;
    fulfilNote: string | null;
    photoSha256: string | null;
    photoMime: string | null;
    minutes: number | null;
    fulfilledAt: Date | null;
    thanks: string | null;
    thankedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  };
  microWishEvent: {
    id: Generated<number>;
    wishId: number;
    event: string;
    fromState: string;
    toState: string;
    actorRole: string;
    note: string | null;
    at: Date;
  };
  microService: {
    id: Generated<number>;
    villageCode: string;
    profileId: number;
    title: string;
    description: string;
    availability: string | null;
    active: Generated<boolean>;
    createdAt: Date;
  };
}
