/**
 * Product–market fit as a bounded search.
 *
 * Each run draws whether the idea can take off at all (`fitChance`) and how much must be learned
 * before it does (`learningNeeded`, in bits). Learning comes only from user feedback that has
 * arrived. A release puts its tasks in front of the users who use it until its feedback is read
 * (the company's customers then); its *evidence* is tasks × users. Releases planned on the same knowledge (the same set of arrived feedback) test the
 * same hypothesis, so their evidence pools, and a hypothesis teaches
 *
 *   learning = log2(1 + evidence / evidencePerLearning)   bits
 *
 * — each doubling of evidence adds one bit (diminishing returns in tasks and in users). Learning
 * from different hypotheses adds up. A release takes off when the idea has fit and the learning it
 * was planned on reaches `learningNeeded`; a release planned on no more learning than the last one
 * that had its chance gets no new chance (no lottery of repeated draws).
 */

/** Learning, in bits, from `evidence` (tasks × users) pooled in one hypothesis. */
export function learningFromEvidence(evidence: number, evidencePerLearning: number): number {
  return Math.log2(1 + evidence / evidencePerLearning);
}

/** One shipped release as the search sees it. */
interface ReleaseEvidence {
  /** The hypothesis it tested: how many releases' feedback had arrived when it was planned. */
  hypothesis: number;
  /** Tasks it shipped. */
  tasks: number;
  /** Tasks × users who saw it; 0 until its feedback arrives. */
  evidence: number;
  /** Whether its feedback has been read (`observe`). */
  observed: boolean;
  /** When its feedback arrives, hours. */
  feedbackAt: number;
}

/** One company's fit search in one replication. */
export class FitSearch {
  private readonly releases: ReleaseEvidence[] = [];
  /** Learning the last release that had its chance was planned on (−1: none has had one yet). */
  private lastChance = -1;

  /**
   * @param hasFit whether this run's idea can take off at all.
   * @param learningNeeded bits a release must be planned on to take off.
   * @param evidencePerLearning tasks × users behind the first bit of one hypothesis.
   */
  constructor(
    readonly hasFit: boolean,
    readonly learningNeeded: number,
    readonly evidencePerLearning: number,
  ) {}

  /** The hypothesis a release planned at `time` tests: the number of releases whose feedback is in. */
  hypothesisAt(time: number): number {
    let n = 0;
    for (const r of this.releases) if (r.observed && r.feedbackAt <= time) n += 1;
    return n;
  }

  /**
   * Records a shipped release: it was planned on `hypothesis`, ships `tasks` tasks, and its feedback
   * arrives at `feedbackAt` (hours; may lie past the horizon). Returns its index for `observe`.
   */
  record(hypothesis: number, tasks: number, feedbackAt: number): number {
    this.releases.push({ hypothesis, tasks, evidence: 0, observed: false, feedbackAt });
    return this.releases.length - 1;
  }

  /** The feedback of release `index` arrived: `users` saw it. Returns the evidence, tasks × users. */
  observe(index: number, users: number): number {
    const r = this.releases[index];
    r.evidence = r.tasks * users;
    r.observed = true;
    return r.evidence;
  }

  /** Learning known at `time`, bits: from the feedback that has arrived by then, pooled by hypothesis. */
  learningAt(time: number): number {
    let learning = 0;
    let hypothesis = -1;
    let evidence = 0;
    // Hypotheses never decrease in release order (arrived feedback only grows), so one pass pools them.
    for (const r of this.releases) {
      if (!r.observed || r.feedbackAt > time) continue;
      if (r.hypothesis !== hypothesis) {
        if (evidence > 0) learning += learningFromEvidence(evidence, this.evidencePerLearning);
        hypothesis = r.hypothesis;
        evidence = 0;
      }
      evidence += r.evidence;
    }
    if (evidence > 0) learning += learningFromEvidence(evidence, this.evidencePerLearning);
    return learning;
  }

  /**
   * Whether a release planned on `learning` bits takes off when it ships. Only a release that brings
   * new learning (or v1, the first) has a chance; it takes off if the idea has fit and the learning
   * reaches what is needed.
   */
  takesOff(learning: number): boolean {
    if (learning <= this.lastChance) return false;
    this.lastChance = learning;
    return this.hasFit && learning >= this.learningNeeded;
  }
}
