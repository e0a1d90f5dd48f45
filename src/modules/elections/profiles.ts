// Provincial election profiles as data: every number the national statute leaves to the
// provinces, each with its source (shared/LAW.md §1–2). Where LAW.md gives no provincial number
// the profile says so and takes the national rule. Adding a province = adding a row here.
//
// Sources: [VCOL] 村民委员会组织法 (2018); [ZJ-EL] 浙江省村民委员会选举办法 (2020);
// [SH-EL] 上海市村民委员会选举办法 (2020); seed 004 (county civil-affairs work plan, 2019).

export const profileIds = ['national', 'zhejiang', 'shanghai'] as const;
export type ProfileId = (typeof profileIds)[number];

export const positions = ['director', 'deputyDirector', 'member', 'womenMember'] as const;
export type Position = (typeof positions)[number];

export interface ElectionProfile {
  id: ProfileId;
  name: string;
  /** Days before election day by which the voter roll is published. [VCOL] Art.14: 选举日的二十日前. */
  voterRollDaysBefore: number;
  /** Days after publication within which objections may be filed. [VCOL] Art.14 (LAW.md: within 5 days). */
  objectionDays: number;
  /** Days within which the committee decides an objection. [VCOL] Art.14 (within 3 days). */
  objectionDecisionDays: number;
  /** Days before election day by which the official candidate list is published. */
  candidateListDaysBefore: number;
  candidateListBasis: string;
  /** Days before election day by which proxies are filed; null = no deadline in the source. */
  proxyDaysBefore: number | null;
  proxyBasis: string;
  /** How many principals one proxy may vote for; null = no cap in the source. */
  proxyCap: number | null;
  /**
   * The committee must have the written authorisation (委托书) on file before it accepts a proxy.
   * Every profile's proxy is 书面委托 ([VCOL] Art.15¶4); this flag says whether the source also
   * makes the committee check the paper in advance, so a proxy without it is refused.
   */
  proxyAuthorisationRequired: boolean;
  proxyAuthorisationBasis: string;
  /** Each voter may nominate at most as many people as there are seats. */
  nominationCapIsSeats: boolean;
  /** Extra candidates over seats per position: [min, max] (max null = no upper bound). */
  margins: Record<Position, [number, number | null]>;
  marginBasis: string;
  /** Separate women's seat (妇女委员职位) listed on the ballot. */
  womenSeparateSeat: boolean;
  /** Kinship avoidance among those elected together. */
  kinshipAvoidance: boolean;
  /** After a supplementary round, seats may stay vacant once this many members are elected; null = never. */
  vacancyMinMembers: number | null;
  vacancyBasis: string;
  /**
   * The vacancy rule applies already after the first round: [SH-EL] Art.21 — with at least 3
   * elected the 村民会议 or 村民代表会议 decides whether the seats stay vacant. Zhejiang's Art.30
   * applies only after a 另行选举.
   */
  vacancyAfterFirstRound: boolean;
  /** Article for the one-third floor of a supplementary round (national text, repeated by provinces). */
  supplementaryThresholdBasis: string;
  /** Article for "more majority-holders than seats: the highest win" and the re-vote of those tied. */
  mostVotesBasis: string;
  /** Article for holding the supplementary round (另行选举) and its timing. */
  supplementaryRoundBasis: string;
  /** Article for the proxy refusal "no proxy made at the polling station"; null = not in the source. */
  noOnSiteProxyBasis: string | null;
  /** Days within which a supplementary round is held; null = not fixed. */
  supplementaryWithinDays: number | null;
  /** Days after the result within which certificates are issued (seed 004: 选举结果公布3天内颁证). */
  certificateDays: number;
  /** Days after the new committee is formed within which the handover is completed ([VCOL] Art.20). */
  handoverDays: number;
}

// [VCOL] Art.15: 候选人的名额应当多于应选名额 — at least one more candidate than seats, no upper bound.
const nationalMargins: Record<Position, [number, number | null]> = {
  director: [1, null], deputyDirector: [1, null], member: [1, null], womenMember: [1, null],
};

export const profiles: Record<ProfileId, ElectionProfile> = {
  national: {
    id: 'national',
    name: '全国（村民委员会组织法）',
    voterRollDaysBefore: 20, // [VCOL] Art.14
    objectionDays: 5, // [VCOL] Art.14
    objectionDecisionDays: 3, // [VCOL] Art.14
    // The statute sets no date for the candidate list; seed 004 (the county's plan): 正式候选人公布时间为7天.
    candidateListDaysBefore: 7,
    candidateListBasis: '姚安县民政局《加强和完善村(社区)自治组织管理的工作方案》（2019年2月22日）：正式候选人选举日前7天公布；《中华人民共和国村民委员会组织法》第十五条未规定日数',
    // The national text sets no proxy deadline: proxies are filed before voting begins.
    proxyDaysBefore: null,
    proxyBasis: '村民委员会组织法第十五条第四款（未规定委托期限）',
    proxyCap: null, // the national text has no numeric cap (LAW.md §1, "Trap")
    // [VCOL] Art.15¶4 says 书面委托 but sets no filing or review step: the paper may be shown at the
    // polling station, so the platform records a scan when there is one and does not refuse without.
    proxyAuthorisationRequired: false,
    proxyAuthorisationBasis: '村民委员会组织法第十五条第四款（书面委托；未规定事先审核）',
    nominationCapIsSeats: false, // [VCOL] Art.15: direct nomination, no cap in the statute
    margins: nationalMargins,
    marginBasis: '村民委员会组织法第十五条第一款',
    womenSeparateSeat: false, // [VCOL] Art.6: 应当有妇女成员, but no separate seat on the ballot
    kinshipAvoidance: false, // not in the national text
    vacancyMinMembers: null, // the statute has no vacancy rule: unfilled seats go to another 另行选举
    vacancyBasis: '村民委员会组织法第十五条第二款（不足的名额另行选举，未规定可以缺额）',
    vacancyAfterFirstRound: false,
    supplementaryThresholdBasis: '村民委员会组织法第十五条第二款',
    // The national text only says 「始得当选」; the highest-win and re-vote rule is provincial
    // (浙江 Art.28; 北京 Art.29; 上海 Art.20), applied here as every province in LAW.md has it.
    mostVotesBasis: '村民委员会组织法第十五条第二款（未规定取舍；浙江办法第二十八条、北京办法第二十九条、上海办法第二十条均以得票多的当选）',
    supplementaryRoundBasis: '村民委员会组织法第十五条第二款',
    noOnSiteProxyBasis: null, // [VCOL] Art.15¶4 has no such words (they are [SH-EL] Art.16)
    supplementaryWithinDays: null,
    certificateDays: 3, // seed 004
    handoverDays: 10, // [VCOL] Art.20
  },
  zhejiang: {
    id: 'zhejiang',
    name: '浙江省村民委员会选举办法',
    voterRollDaysBefore: 20, // [ZJ-EL] repeats [VCOL] Art.14; LAW.md gives no other provincial number
    objectionDays: 5, // national rule ([VCOL] Art.14); LAW.md gives no provincial number
    objectionDecisionDays: 3, // national rule ([VCOL] Art.14)
    candidateListDaysBefore: 5, // [ZJ-EL] Art.18: published ≥ 5 days before the election
    candidateListBasis: '浙江省村民委员会选举办法第十八条（选举日五日前公布）',
    proxyDaysBefore: 3, // [ZJ-EL] Art.25: filed 3 days before the election, 审核公告
    proxyBasis: '浙江省村民委员会选举办法第二十五条',
    proxyCap: 3, // [ZJ-EL] Art.25: 每一位受委托人接受委托投票不得超过三人
    // [ZJ-EL] Art.25 (LAW.md §1): the proxy is filed 3 days before and 审核公告, otherwise invalid —
    // the committee reviews the written authorisation of [VCOL] Art.15¶4 before accepting it.
    proxyAuthorisationRequired: true,
    proxyAuthorisationBasis: '村民委员会组织法第十五条第四款；浙江省村民委员会选举办法第二十五条（书面委托，经审核公告）',
    nominationCapIsSeats: true, // [ZJ-EL] Art.17
    margins: nationalMargins, // LAW.md gives no Zhejiang margins: the national 差额 rule (≥ 1 more)
    marginBasis: '村民委员会组织法第十五条第一款（浙江办法未另定差额数）',
    womenSeparateSeat: true, // [ZJ-EL] Art.21, Art.29
    kinshipAvoidance: true, // [ZJ-EL] Art.31
    vacancyMinMembers: 3, // [ZJ-EL] Art.30
    vacancyBasis: '浙江省村民委员会选举办法第三十条',
    vacancyAfterFirstRound: false, // [ZJ-EL] Art.30: only after a 另行选举
    supplementaryThresholdBasis: '村民委员会组织法第十五条第二款；浙江省村民委员会选举办法第二十九条',
    mostVotesBasis: '浙江省村民委员会选举办法第二十八条',
    supplementaryRoundBasis: '村民委员会组织法第十五条第二款；浙江省村民委员会选举办法第二十九条',
    noOnSiteProxyBasis: null, // LAW.md gives no such words for Zhejiang (its Art.25 requires filing 3 days before)
    supplementaryWithinDays: 30, // [ZJ-EL] Art.29: on election day or within 30 days
    certificateDays: 3, // seed 004; LAW.md gives no provincial number
    handoverDays: 10, // [VCOL] Art.20
  },
  shanghai: {
    id: 'shanghai',
    name: '上海市村民委员会选举办法',
    voterRollDaysBefore: 20, // national rule ([VCOL] Art.14)
    objectionDays: 5, // national rule
    objectionDecisionDays: 3, // national rule
    candidateListDaysBefore: 7, // LAW.md gives no Shanghai number: seed 004's 7 days, as national
    candidateListBasis: '姚安县民政局《加强和完善村(社区)自治组织管理的工作方案》（2019年2月22日）',
    proxyDaysBefore: 5, // [SH-EL] Art.16: the procedure is due 5 days before the election
    proxyBasis: '上海市村民委员会选举办法第十六条',
    proxyCap: 3, // [SH-EL] Art.16
    // LAW.md gives [SH-EL] Art.16's deadline and cap but no review of the paper: as national.
    proxyAuthorisationRequired: false,
    proxyAuthorisationBasis: '村民委员会组织法第十五条第四款；上海市村民委员会选举办法第十六条',
    nominationCapIsSeats: false, // LAW.md gives no Shanghai cap
    // [SH-EL] Art.12: 主任、副主任 exactly 1 more candidate than seats; 委员 1–3 more.
    margins: { director: [1, 1], deputyDirector: [1, 1], member: [1, 3], womenMember: [1, 3] },
    marginBasis: '上海市村民委员会选举办法第十二条',
    womenSeparateSeat: false,
    kinshipAvoidance: false,
    vacancyMinMembers: 3, // [SH-EL] Art.21: with ≥ 3 elected the meeting decides whether seats stay vacant
    vacancyBasis: '上海市村民委员会选举办法第二十一条（已选出3人以上的，由村民会议或村民代表会议决定是否缺额）',
    vacancyAfterFirstRound: true, // [SH-EL] Art.21
    supplementaryThresholdBasis: '村民委员会组织法第十五条第二款；上海市村民委员会选举办法第二十一条',
    mostVotesBasis: '上海市村民委员会选举办法第二十条',
    supplementaryRoundBasis: '村民委员会组织法第十五条第二款；上海市村民委员会选举办法第二十一条',
    noOnSiteProxyBasis: '上海市村民委员会选举办法第十六条', // 「禁止投票现场临时委托」
    supplementaryWithinDays: 30, // [SH-EL] Art.21 (fewer than 3 elected)
    certificateDays: 3, // seed 004
    handoverDays: 10, // [VCOL] Art.20
  },
};

export function profileOf(id: ProfileId): ElectionProfile {
  return profiles[id];
}
