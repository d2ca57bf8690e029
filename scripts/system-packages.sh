#!/bin/sh
# Installs the Debian packages the tests need (a headless browser and fonts), only when missing.
# Needs root (or sudo) the first time; on a machine that already has them it does nothing.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
fc-list 2>/dev/null | grep -qi "dejavu" || missing="$missing fonts-dejavu-core fontconfig"
[ -z "$missing" ] && exit 0
echo "installing system packages:$missing" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
