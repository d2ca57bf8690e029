/**
 * The commented starter scenario `velocity init` writes: the two companies of the story, every
 * group shown once with its most telling fields, defaults left out so the file stays short.
 */

/**
 * The starter file's text. `schemaRef` is the path of `scenario.schema.json` relative to the new
 * file (for the `yaml-language-server` line that makes editors complete and check it); `name` is
 * the scenario's name, by default the file's (so two scenarios started with init have two names).
 */
export function starterScenario(schemaRef: string, name = "my-scenario"): string {
  const yamlName = /^[A-Za-z0-9][\w.-]*$/.test(name) && !/^[\d.]+$/.test(name) ? name : JSON.stringify(name);
  return `# yaml-language-server: $schema=${schemaRef}
# A velocity-sim scenario. Run it:  velocity run <this file>
# Every field except a company's name has a default (see scenarios/README.md for all fields,
# their units, defaults and sources). Values may carry units: 90 min, 4 h, 3 d, 6 weeks, $25, $6k,
# 200k; and be uncertain: "5 to 20" is a lognormal with 90% of draws between 5 and 20; also
# { uniform: [a, b] }, { triangular: [min, mode, max] }, { pert: [...] }, { normal: { mean, sd } },
# { lognormal: { median, p90 } }, { beta: [a, b] }, { choice: [...] }.
name: ${yamlName}
description: Company A on standard inference against company B on fast inference.
kind: illustration             # what it claims: grounded (public figures), story (calibrated), illustration
seed: 42                       # same seed, same results
runs: 2000                     # Monte Carlo replications
horizon: 52 weeks
target: $10M                   # the headline ARR threshold

market:
  potentialCustomers: "200k to 1M"
  arpu: $600                   # annual revenue per customer
  monthlyChurn: "0.02 to 0.06"

companies:
  - name: A
    agent:
      tokensPerSecond: 65      # output tokens per second of one agent session
      sessions: 6              # agent sessions running at once
      pricePerMOutput: $25     # USD per million output tokens
      firstPassAcceptance: 0.7 # share of the agent's changes a review accepts
    team:
      engineers: 3             # they steer agents, review, plan and release
      calendar: { workdays: [mon, tue, wed, thu, fri], start: "09:00", end: "17:00" }
    task:
      outputTokens: "30k to 300k"  # per task, drawn for each task
      toolTime: "15 min to 2 h"    # tools, tests, CI: not faster with more tokens/s
      turns: "5 to 40"             # agent turns (model calls) per task
      autonomy: 0.5                # share of turns the agent runs alone; engineers steer the rest
      reviewTime: "5 min to 1 h"   # engineer review effort, in working hours
    product:
      v1Tasks: "100 to 300"
      iterationTasks: "15 to 60"
      feedbackDelay: "3 d to 14 d" # users use each release this long before their signal counts
      feedbackLatency: "1 d to 3 d" # guess: then the team needs this long to read it (lever: no-feedback-latency)
      iterationPolicy: wait        # or pipeline: plan the next release without waiting
    takeoff:
      fitChance: 0.3               # chance the idea can take off at all
      learningNeeded: "1 to 6"     # bits of learning from feedback a release must be planned on
      evidencePerLearning: 5k      # tasks shipped x users who saw them, for the first bit
  - name: B
    extends: A                 # B starts from A's values ...
    agent:
      tokensPerSecond: 1000    # ... on fast inference

# Optional: run across values. A path names a company by name or index.
# sweep:
#   companies[B].agent.tokensPerSecond: [65, 200, 1000, 3000]
`;
}
