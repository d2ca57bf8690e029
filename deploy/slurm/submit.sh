#!/bin/bash
# Submits a scenario to Slurm as a job array of shards plus the merge job that joins them.
#
#   deploy/slurm/submit.sh --shards N --out DIR [--cpus-per-task C] [--no-charts] [--wait] SCENARIO [velocity run options]
#
# It runs the two sbatch commands you could type yourself:
#
#   sbatch --parsable --array=0-(N-1) --cpus-per-task=C deploy/slurm/shard.sbatch SCENARIO DIR-shards [options]
#   sbatch --dependency=afterok:ARRAY_ID --kill-on-invalid-dep=yes deploy/slurm/merge.sbatch DIR-shards DIR
#
# Shards go to DIR-shards/shard-k-of-N/, each task's log to DIR-shards/logs/, the merged results to
# DIR. Partition, account and time limit come from sbatch's own variables (SBATCH_PARTITION,
# SBATCH_ACCOUNT, SBATCH_TIMELIMIT). With --wait it returns when the merge is done: exit 0 and
# DIR written, or a one-line reason (a failed task's own message) and exit 1.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage="usage: $0 --shards N --out DIR [--cpus-per-task C] [--no-charts] [--wait] SCENARIO [velocity run options]"
fail() { echo "submit.sh: $*" >&2; exit 2; }

shards="" out="" cpus=1 wait=0 merge_options_velocity=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --shards) shards=${2:-}; shift 2 || fail "--shards needs a number ($usage)" ;;
    --out) out=${2:-}; shift 2 || fail "--out needs a folder ($usage)" ;;
    --cpus-per-task) cpus=${2:-}; shift 2 || fail "--cpus-per-task needs a number ($usage)" ;;
    --no-charts) merge_options_velocity+=(--no-charts); shift ;;
    --wait) wait=1; shift ;;
    -h | --help) echo "$usage"; exit 0 ;;
    -*) fail "unknown option $1 before the scenario ($usage)" ;;
    *) break ;;
  esac
done
[[ $# -ge 1 ]] || fail "no scenario given ($usage)"
[[ $shards =~ ^[1-9][0-9]*$ ]] || fail "--shards: expected a whole number ≥ 1, got \"$shards\""
[[ $cpus =~ ^[1-9][0-9]*$ ]] || fail "--cpus-per-task: expected a whole number ≥ 1, got \"$cpus\""
[[ -n $out ]] || fail "--out: where should the merged results go? ($usage)"
# sbatch reads % and \ in --output as a filename pattern (the logs would land elsewhere); a folder
# starting with - is an option to mkdir and velocity merge.
[[ $out != -* ]] || fail "--out \"$out\" starts with \"-\", which mkdir and velocity merge read as an option (write ./$out)"
[[ $out != *[%\\]* ]] || fail "--out \"$out\" holds % or \\, which sbatch reads as a filename pattern in the log path; choose a folder name without it"
command -v sbatch >/dev/null || fail "sbatch not found: run this on a Slurm login node"
scenario=$1
shift

# The tasks run the velocity of this checkout unless told otherwise (sbatch hands them this
# environment). Validate here, so a typo fails now and not on N nodes later.
export VELOCITY=${VELOCITY:-$here/../../bin/velocity.mjs}
"$VELOCITY" validate "$scenario" >/dev/null
set_dir="$out-shards"
logs="$set_dir/logs"
mkdir -p "$logs"
rm -f "$logs"/shard-*.exit # exit codes of failed tasks of an earlier submission (see shard.sbatch)

array_id_file=$(mktemp)
trap 'rm -f "$array_id_file"' EXIT
array_options=(--parsable --array="0-$((shards - 1))" --cpus-per-task="$cpus" --output="$logs/shard-%a.out")
if [[ $wait == 1 ]]; then
  # sbatch --wait prints the job id at once and exits, when the array ends, with the highest exit
  # code of its tasks; run it in the background to chain the merge meanwhile.
  sbatch --wait "${array_options[@]}" "$here/shard.sbatch" "$scenario" "$set_dir" "$@" >"$array_id_file" &
  array_pid=$!
  until [[ -s $array_id_file ]]; do
    kill -0 "$array_pid" 2>/dev/null || { wait "$array_pid" || true; fail "sbatch did not accept the array job"; }
    sleep 0.1
  done
else
  sbatch "${array_options[@]}" "$here/shard.sbatch" "$scenario" "$set_dir" "$@" >"$array_id_file"
fi
array_id=$(cut -d';' -f1 "$array_id_file")
merge_options=(--parsable --dependency="afterok:$array_id" --kill-on-invalid-dep=yes --output="$logs/merge.out")
merge_job=("$here/merge.sbatch" "$set_dir" "$out" "${merge_options_velocity[@]}")

if [[ $wait == 0 ]]; then
  merge_id=$(sbatch "${merge_options[@]}" "${merge_job[@]}")
  echo "array job $array_id ($shards shards → $set_dir/), merge job $merge_id (→ $out/, after every shard succeeds); logs in $logs/"
  exit 0
fi

# A merge cancelled because a task failed also ends `sbatch --wait` with 0, so the array's own
# exit code decides.
merge_status=0
merge_id=$(sbatch --wait "${merge_options[@]}" "${merge_job[@]}") || merge_status=$?
array_status=0
wait "$array_pid" || array_status=$?
# sbatch --wait may miss a failed task (its record purged first): the tasks' own exit files decide too.
if [[ $array_status == 0 ]]; then
  recorded=$(cat "$logs"/shard-*.exit 2>/dev/null | sort -nr | head -1 || true)
  [[ -z $recorded ]] || array_status=$recorded
fi
if [[ $array_status != 0 ]]; then
  # Tasks run with --quiet, so a task's log holds only its error.
  reasons=$(cat "$logs"/shard-*.out 2>/dev/null | grep -v '^\s*$' | sort -u | paste -sd ';' -)
  echo "submit.sh: merge job ${merge_id%%;*} cancelled: a shard of array job $array_id failed (exit $array_status): ${reasons:-see $logs/} — nothing merged into $out" >&2
  exit 1
fi
if [[ $merge_status != 0 ]]; then
  echo "submit.sh: merge job ${merge_id%%;*} failed (exit $merge_status): $(grep -v '^\s*$' "$logs/merge.out" | tail -1)" >&2
  exit 1
fi
echo "array job $array_id ($shards shards) and merge job ${merge_id%%;*} done → $out/"
