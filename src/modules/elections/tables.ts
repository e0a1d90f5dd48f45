import type { Generated } from 'kysely';

export interface ElectionTables {
  election: {
    id: Generated<number>;
    villageCode: string;
    kind: string;
    profile: string;
    title: string;
    electionDay: string;
    /** { director, deputyDirector, member, womenMember } */
    seats: unknown;
    /** [{ name, mobile }] */
    pollingStations: unknown;
    procedureId: number;
    rollPublishedOn: string | null;
    candidatesPublishedOn: string | null;
    resultsPublishedAt: Date | null;
    certificatesIssuedOn: string | null;
    handedOverOn: string | null;
    rollLedgerSeq: number | null;
    byElection: Generated<boolean>;
    createdAt: Date;
  };
  electionCommitteeMember: {
    id: Generated<number>;
    electionId: number;
    residentId: number | null;
    name: string;
    post: string;
    withdrawnOn: string | null;
    withdrawReason: string | null;
  };
  voterRegistration: {
    id: Generated<number>;
    electionId: number;
    residentId: number;
    way: number;
    declaredOn: string;
    monthsResident: number | null;
    approvedOn: string | null;
    reference: string;
    recordedBy: string;
    recordedAt: Date;
  };
  voter: {
    id: Generated<number>;
    electionId: number;
    residentId: number | null;
    name: string;
    groupName: string | null;
    birthDate: string;
    female: boolean;
    included: boolean;
    way: number | null;
    reason: string;
    source: string;
    /** people's personKeys(): the same person in two registers has the same key (no ID number). */
    personKey: Generated<string | null>;
  };
  rollObjection: {
    id: Generated<number>;
    electionId: number;
    filedBy: string;
    voterId: number | null;
    claim: string;
    subjectName: string;
    statement: string;
    filedOn: string;
    decisionDue: string;
    decision: string | null;
    decisionReason: string | null;
    decidedOn: string | null;
  };
  nomination: {
    id: Generated<number>;
    electionId: number;
    position: string;
    nomineeVoterId: number;
    nomineeName: string;
    female: boolean;
    nominatorVoterIds: unknown;
    status: string;
    exclusionReason: string | null;
    createdAt: Date;
  };
  vetting: {
    id: Generated<number>;
    nominationId: number;
    department: string;
    passed: boolean;
    reason: string;
    recordedBy: string;
    recordedAt: Date;
  };
  proxyVote: {
    id: Generated<number>;
    electionId: number;
    principalVoterId: number;
    proxyVoterId: number;
    relation: string;
    filedOn: string;
    /** The scanned written authorisation (委托书), content-addressed under the data folder. */
    authorisationSha256: Generated<string | null>;
    authorisationMime: Generated<string | null>;
    authorisationFilename: Generated<string | null>;
  };
  boxCount: {
    id: Generated<number>;
    electionId: number;
    roundNo: number;
    box: string;
    entryNo: number;
    enteredBy: string;
    issued: number;
    returned: number;
    spoiled: number;
    votes: unknown;
    createdAt: Date;
  };
  electionRound: {
    id: Generated<number>;
    electionId: number;
    roundNo: number;
    kind: string;
    position: string;
    seats: number;
    womenSeats: number;
    candidates: unknown;
    womenCandidates: unknown;
    outcome: unknown;
    tallied: boolean;
    createdAt: Date;
  };
  electedMember: {
    id: Generated<number>;
    electionId: number;
    roundNo: number;
    name: string;
    position: string;
    votes: number;
    voterId: number | null;
  };
  recallCase: {
    id: Generated<number>;
    villageCode: string;
    memberName: string;
    registeredVoters: number;
    representatives: number;
    petitions: unknown;
    vote: unknown;
    outcome: unknown;
    createdAt: Date;
  };
  vettingDepartment: {
    id: Generated<number>;
    countyCode: string;
    key: string;
    name: string;
    sort: number;
  };
}
