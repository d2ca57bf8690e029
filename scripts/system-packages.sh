#!/bin/sh
# Installs the Debian packages the tests need, only when missing: a headless browser and fonts
# (report and chart tests) and Jupyter's headless runner (notebook tests).
# Needs root (or sudo) the first time; on a machine that already has them it does nothing.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
fc-list 2>/dev/null | grep -qi "dejavu" || missing="$missing fonts-dejavu-core fontconfig"
[ -x /usr/bin/jupyter-nbconvert ] || missing="$missing jupyter-nbconvert"
dpkg -s jupyter-client >/dev/null 2>&1 || missing="$missing jupyter-client"
dpkg -s python3-nbclient >/dev/null 2>&1 || missing="$missing python3-nbclient"
dpkg -s python3-ipykernel >/dev/null 2>&1 || missing="$missing python3-ipykernel"
[ -z "$missing" ] && exit 0
echo "installing system packages:$missing" >&2
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
