#!/usr/bin/env bash
# Checks the deployment files without a Docker daemon or a cluster:
#   1. deploy/docker-compose.yml with `docker-compose config` (Debian's docker-compose, installed if missing;
#      `docker compose config` is used instead when the Compose plugin is there);
#   2. every kustomization under deploy/k8s rendered with `kubectl kustomize` (or `kustomize build`), when either
#      is installed; otherwise skipped here, since deploy/manifest-tests resolves the kustomizations itself.
# Exits non-zero on the first error. Network: at most Debian's package archive, for the install.
set -euo pipefail
cd "$(dirname "$0")"

compose() {
  if docker compose version >/dev/null 2>&1; then
    docker compose "$@"
  else
    docker-compose "$@"
  fi
}

if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
  echo "Installing docker-compose from Debian ..."
  SUDO=""
  [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # Another apt run may hold the lock for a while; wait for it instead of failing.
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends docker-compose >/dev/null
fi

# The compose file must be valid with nothing set in the environment: every variable has a default.
# Unset them here so that a developer's shell cannot hide a missing default.
unset REPORT_INTAKE_IMAGE_PREFIX REPORT_INTAKE_TAG INTAKE_ADMIN_TOKEN

echo "== docker-compose.yml ($(compose version --short 2>/dev/null || compose version | head -1))"
compose -f docker-compose.yml config -q
services="$(compose -f docker-compose.yml config --services | sort | tr '\n' ' ')"
expected="intake kafka kafka-init mailpit mongo notifier parser validator "
if [[ "$services" != "$expected" ]]; then
  echo "docker-compose.yml: services are '$services', expected '$expected'" >&2
  exit 1
fi
echo "ok: services $services"

kustomize_build() {
  if command -v kubectl >/dev/null 2>&1; then
    kubectl kustomize "$1"
  else
    kustomize build "$1"
  fi
}

if command -v kubectl >/dev/null 2>&1 || command -v kustomize >/dev/null 2>&1; then
  for dir in $(find k8s -name kustomization.yaml -printf '%h\n' | sort); do
    out="$(kustomize_build "$dir")"
    deployments="$(grep -c '^kind: Deployment$' <<<"$out" || true)"
    # Every kustomization that deploys the services must deploy all four.
    if [[ "$deployments" -ne 4 ]]; then
      echo "$dir: renders $deployments Deployments, expected 4" >&2
      exit 1
    fi
    echo "ok: $dir renders $(grep -c '^kind: ' <<<"$out") objects, $deployments Deployments"
  done
else
  echo "skipped: kustomize rendering (neither kubectl nor kustomize is installed; manifest-tests resolves the kustomizations)"
fi

echo "deploy/validate.sh: all checks passed"
