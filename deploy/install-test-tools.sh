#!/usr/bin/env bash
# Installs the system tools the test suite uses to make synthetic media with an exact ground truth:
# espeak-ng (speech at known rates), sox (tones, silence, resampling) and ffmpeg (format conversion), and
# praat, the reference the voice measures are checked against (src/test/reference/praat), and chromium, the
# browser the practice site's end-to-end test drives (PracticeSiteIT, through playwright-core), and nginx, the
# reverse proxy with hash affinity the multi-replica test puts in front of two servers (ReplicasIT).
# Does nothing when they are already there; needs root (or sudo) and apt otherwise.
set -euo pipefail
missing=()
for tool in espeak-ng sox ffmpeg praat chromium nginx; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing test tools: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
