#!/usr/bin/env bash
# Proves that a change keeps every result bit for bit: builds core and scenarios at a commit (default: HEAD) in a
# temporary worktree and in this working tree, runs io.xinlu.benchmarks.SameBits from this tree's source against each
# (every value and event of several hundred runs, as bits), and compares the two files. Exit 0 when they are
# identical, 1 when any line differs (the first 20 are printed). Usage:
#   benchmarks/same-bits.sh [REV]          e.g. benchmarks/same-bits.sh main
# The files stay in target/same-bits/ (about 60 MB each, gzip).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
rev="${1:-HEAD}"
out="$here/target/same-bits"
source_file="$here/src/main/java/io/xinlu/benchmarks/SameBits.java"
mkdir -p "$out"
work="$(mktemp -d)"
cleanup() {
  git -C "$root" worktree remove --force "$work/rev" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# compiles core and scenarios of a tree (no install, nothing written outside its target folders) and prints their
# class path
classpath() {
  local tree="$1"
  (cd "$tree" && mvn -q -B -Dstyle.color=never compile dependency:build-classpath -pl scenarios -am \
    -Dmdep.excludeGroupIds=io.xinlu -Dmdep.outputFile=target/same-bits-classpath.txt) >&2
  echo "$tree/core/target/classes:$tree/scenarios/target/classes:$(cat "$tree/scenarios/target/same-bits-classpath.txt")"
}

run() {
  local label="$1" cp="$2"
  # the source file is compiled in memory against the tree's classes (Java's source-file mode)
  java -Xmx2g -cp "$cp" "$source_file" write "$out/$label.gz"
}

commit="$(git -C "$root" rev-parse --short "$rev")"
echo "same-bits: building $rev ($commit) in a temporary worktree" >&2
git -C "$root" worktree add --detach "$work/rev" "$commit" >/dev/null 2>&1
run "$commit" "$(classpath "$work/rev")"
echo "same-bits: building the working tree" >&2
run working-tree "$(classpath "$root")"
java -cp "$(classpath "$root")" "$source_file" compare "$out/$commit.gz" "$out/working-tree.gz"
