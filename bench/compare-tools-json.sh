#!/usr/bin/env bash
# Compares `scp-mcp tools --json` of two builds in every dialect, language and confirm policy (and the read-only,
# discover and auto sets); prints one md5 pair per variant and exits 1 on any difference.
# Usage: bench/compare-tools-json.sh <scp-mcp A> <scp-mcp B>
set -uo pipefail
a=$1; b=$2; status=0
variants=(
  "" "--schema-dialect flat" "--language ko" "--language ko --schema-dialect flat" "--confirm token"
  "--confirm token --schema-dialect flat --language ko" "--read-only" "--tool-mode discover" "--tool-mode full"
)
for v in "${variants[@]}"; do
  # shellcheck disable=SC2086
  ha=$(env SCP_ACCESS_KEY=a SCP_SECRET_KEY=b "$a" tools --json $v | md5sum | cut -d' ' -f1)
  # shellcheck disable=SC2086
  hb=$(env SCP_ACCESS_KEY=a SCP_SECRET_KEY=b "$b" tools --json $v | md5sum | cut -d' ' -f1)
  if [[ "$ha" == "$hb" ]]; then echo "same  $ha  ${v:-(defaults)}"; else echo "DIFF  $ha $hb  ${v:-(defaults)}"; status=1; fi
done
exit $status
