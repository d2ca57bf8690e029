#!/bin/sh
# A one-node Slurm cluster on this machine, for testing deploy/slurm/ against the real scheduler.
#
#   scripts/slurm-cluster.sh start DIR   install Debian's Slurm and munge when missing, write
#                                        DIR/slurm.conf, start munged (unless one runs), slurmctld
#                                        and slurmd; prints `export SLURM_CONF=DIR/slurm.conf`
#   scripts/slurm-cluster.sh stop DIR    stop the daemons this script started (by the pids it
#                                        saved in DIR), nothing else
#
# Needs root: slurmd runs jobs as their submitter and munged needs its own user. No systemd and no
# cgroups (proctrack/linuxproc, task/none), so it also runs in a container. Choices that matter:
# - RealMemory is small: a node reporting less memory than slurm.conf claims is drained.
# - slurmctld -c starts from a clean state, so a drain saved by an earlier run does not persist.
# - MinJobAge=4 and batch_sched_delay=0: `sbatch --wait` polls the job record, and the defaults
#   (300 s, 3 s) make it return long after the job ended.
# - ReturnToService=2: the node comes back by itself if slurmd restarts.
set -eu

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2

stop_pid_file() {
  # Kill the process whose pid the file names, if it still runs, and wait for it to go.
  [ -s "$1" ] || return 0
  pid=$(cat "$1")
  if kill "$pid" 2>/dev/null; then
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

if [ "$action" = stop ]; then
  [ -d "$dir" ] || exit 0
  stop_pid_file "$dir/slurmd.pid"
  stop_pid_file "$dir/slurmctld.pid"
  stop_pid_file "$dir/munged.pid.ours"
  exit 0
fi
[ "$action" = start ] || usage
[ "$(id -u)" = 0 ] || { echo "$0: the one-node Slurm cluster needs root (slurmd runs jobs as their user)" >&2; exit 1; }

missing=""
command -v munged >/dev/null 2>&1 || [ -x /usr/sbin/munged ] || missing="$missing munge"
[ -x /usr/sbin/slurmctld ] || missing="$missing slurmctld"
[ -x /usr/sbin/slurmd ] || missing="$missing slurmd"
command -v sbatch >/dev/null 2>&1 || missing="$missing slurm-client"
if [ -n "$missing" ]; then
  echo "installing Slurm packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

mkdir -p "$dir/state" "$dir/spool"
dir=$(cd "$dir" && pwd)
node=$(uname -n | cut -d. -f1)
cpus=$(nproc)

# munge: the package creates the key but starts no daemon. One munged per machine serves every
# Slurm daemon, so an already running one is used and left alone.
if ! munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  mkdir -p /run/munge
  chown munge:munge /run/munge
  chmod 0755 /run/munge
  [ -s /etc/munge/munge.key ] || { mungekey --create >/dev/null 2>&1 || /usr/sbin/mungekey -c; chown munge:munge /etc/munge/munge.key; }
  runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid
  cp /run/munge/munged.pid "$dir/munged.pid.ours"
  i=0
  until munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; do
    i=$((i + 1)); [ $i -lt 50 ] || { echo "$0: munged did not start" >&2; exit 1; }; sleep 0.1
  done
fi

cat >"$dir/slurm.conf" <<EOF
# Written by scripts/slurm-cluster.sh: a one-node test cluster.
ClusterName=velocity-test
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=batch_sched_delay=0
MinJobAge=4
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=64 State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$dir/slurm.conf"

/usr/sbin/slurmctld -c
/usr/sbin/slurmd -N "$node"
i=0
until sinfo -h -o %t 2>/dev/null | grep -qx idle; do
  i=$((i + 1))
  if [ $i -ge 150 ]; then
    echo "$0: the node did not become idle in 15 s ($(sinfo -h -o '%t %E' 2>&1)); see $dir/slurmctld.log and $dir/slurmd.log" >&2
    exit 1
  fi
  sleep 0.1
done
echo "export SLURM_CONF=$dir/slurm.conf"
