#!/usr/bin/env bash
# Installs the system tools the test suite uses to make synthetic media with an exact ground truth:
# espeak-ng (speech at known rates), sox (tones, silence, resampling) and ffmpeg (format conversion), and
# praat, the reference the voice measures are checked against (src/test/reference/praat), and chromium, the
# browser the practice site's end-to-end test drives (PracticeSiteIT, through playwright-core), and nginx, the
# reverse proxy with hash affinity the multi-replica test puts in front of two servers (ReplicasIT).
# Does nothing when they are already there; needs root (or sudo) and apt otherwise.
# Also checks for kubectl (with its built-in kustomize), which KubernetesManifestsTest and IngressRoutingTest use to
# render deploy/k8s; installed from Debian's kubernetes-client package only when missing.
set -euo pipefail
if ! command -v kubectl >/dev/null 2>&1; then
  echo "kubectl not found: installing Debian's kubernetes-client (deploy/k8s is rendered with kubectl kustomize)" >&2
  K_SUDO=""
  [ "$(id -u)" -eq 0 ] || K_SUDO="sudo"
  if ! { $K_SUDO apt-get update -qq && $K_SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >/dev/null; } \
     || ! command -v kubectl >/dev/null 2>&1; then
    echo "kubectl is still missing: install kubectl 1.27+ (it includes kustomize) by hand, or the Kubernetes manifest tests fail" >&2
  fi
fi
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
