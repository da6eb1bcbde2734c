#!/usr/bin/env bash
# Drive `glossary tui` in tmux as a person would: find GSOMIA with the search box, enter
# its Korean term, approve it, quit; then `glossary lookup GSOMIA --to ko` must print it.
#
#   tests/tmux/gsomia.sh TERMBASE.db            (GLOSSARY=path/to/glossary to pick the binary)
#
# Uses a private tmux server (-L) so it never touches the user's sessions.  Exit 0 on
# success; on failure prints the last screen and exits 1.
set -euo pipefail

DB=${1:?usage: gsomia.sh TERMBASE.db}
GLOSSARY=${GLOSSARY:-glossary}
KO="한일 군사정보보호협정"
SOCK="glossary-tui-test-$$"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color
T="tmux -u -L $SOCK"

source "$(dirname "$0")/lib.sh"
trap cleanup EXIT

step "start glossary tui on $DB"
$T new-session -d -s tui -x 160 -y 45 "$GLOSSARY --db '$DB' tui; sleep 30"
wait_for "shown (all entries" 20

step "search GSOMIA"
focus_search
search_for GSOMIA " 1 shown (search 'GSOMIA'"   # (C-u: a / pressed once too often went into the box)
$T send-keys -t tui Enter
wait_for "t Add term"  # the footer shows the table's keys: the table has the focus

step "add the Korean term $KO"
$T send-keys -t tui t
wait_for "Add a term"
$T send-keys -t tui -l "$KO"
wait_for "$KO"
$T send-keys -t tui Enter
wait_for "ko ? $KO"

step "approve it"
$T send-keys -t tui a
wait_for "ko ✓ $KO"

step "quit"
$T send-keys -t tui q
for ((i = 0; i < 50; i++)); do
    screen | grep -qF "shown (" || break
    sleep 0.1
done

step "glossary lookup GSOMIA --to ko"
out=$("$GLOSSARY" --db "$DB" lookup GSOMIA --to ko)
echo "$out"
if ! grep -qF "$KO" <<<"$out"; then
    echo "lookup did not print $KO" >&2
    exit 1
fi
echo "OK"
