#!/bin/sh
# Copies the real inspect_ai logs the run readers are tested on out of a git snapshot of inspect_ai (MIT licence)
# into DEST/inspect_ai/, for RealRunsTest (-Druns.real=DEST). The files are data the project does not commit.
# Usage: bench/stage_real_runs.sh INSPECT_AI_GIT_DIR DEST [COMMIT]
set -eu
git_dir=$1
dest=$2/inspect_ai
commit=${3:-499e6152e7b8fc8cbd8ac5283536572aa6e4ab17}
mkdir -p "$dest"
git --git-dir="$git_dir" ls-tree -r --name-only "$commit" -- tests \
  | grep -E '(test_logs|test_logs_choices|test_eval_log|test_list_logs|scorer/logs|test_eval_set)/[^/]+\.(eval|json)$' \
  | while read -r path; do
      git --git-dir="$git_dir" show "$commit:$path" > "$dest/$(basename "$path")"
    done
ls "$dest" | wc -l
