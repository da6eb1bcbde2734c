#!/usr/bin/env bash
# The editor's round in `glossary tui`, driven in tmux as a person would (issue 14):
# find 石破茂 by its kana reading, reject the Korean transcription and accept the Japanese
# term (each time checking on screen which term the keys act on), add an approved Korean
# term to GSOMIA with the dialog's checkbox, undo and redo it, quit.
#
#   tests/tmux/editor_round.sh TERMBASE.db [COLUMNS ROWS]     (default 160 50)
#
# GLOSSARY=path/to/glossary picks the binary; NO_COLOR=1 in the environment runs the TUI
# without colour, and every check below reads `tmux capture-pane -p` (plain text, no
# escape codes), so the highlighted term must be told by its mark alone.  A private tmux
# server (-L) never touches the user's sessions.  Exit 0 on success; on failure the last
# screen is printed and the exit status is 1.  The caller checks the termbase afterwards.
set -euo pipefail

DB=${1:?usage: editor_round.sh TERMBASE.db [COLUMNS ROWS]}
COLS=${2:-160}
ROWS=${3:-50}
GLOSSARY=${GLOSSARY:-glossary}
KO="한일 군사정보보호협정"
SOCK="glossary-tui-round-$$"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color
T="tmux -u -L $SOCK"
ENVS="GLOSSARY_ACTOR=tmux-editor"
if [[ -n ${NO_COLOR:-} ]]; then ENVS="$ENVS NO_COLOR=1"; fi

source "$(dirname "$0")/lib.sh"
trap cleanup EXIT

# mark_on LANG TEXT: press ] until the marked term (▶, plain text) is LANG TEXT
mark_on() {
    local lang=$1 text=$2 i
    for ((i = 0; i < 12; i++)); do
        if screen | grep -E -- "▶ $lang [?✓✗] $text( |$)" >/dev/null; then return 0; fi
        $T send-keys -t tui "]"
        sleep 0.3
    done
    fail "the mark never reached $lang $text"
}

step "start glossary tui on $DB at ${COLS}x${ROWS}${NO_COLOR:+ (NO_COLOR)}"
$T new-session -d -s tui -x "$COLS" -y "$ROWS" "env $ENVS $GLOSSARY --db '$DB' tui; sleep 30"
wait_for "shown (all entries" 20

step "find 石破茂 by its kana reading いしば"
open_entry "いしば" "Ishiba Shigeru" "ishiba-shig"   # then the table has the focus (footer: a Accept)

step "reject the Korean transcription 이시바 시게루 (checked on screen first)"
mark_on ko "이시바 시게루"
wait_for "x reject ko 이시바 시게루"
$T send-keys -t tui x
wait_for "Saved: reject ko"      # the notice (the term list may be scrolled at 80x24)

step "accept the Japanese term 石破茂"
mark_on ja "石破茂"
wait_for "a accept ja 石破茂"
$T send-keys -t tui a
wait_for "Saved: accept ja"

step "add $KO to GSOMIA, approved with the checkbox"
# the table row (the status line may be under a notice); the id is cut to fit at 80x24
open_entry "GSOMIA" "General Secur" "general-se"   # general-security-of-military-information-agreement
$T send-keys -t tui t
wait_for "Add a term"
$T send-keys -t tui -l "$KO"
wait_for "$KO"
# the checkbox says its state in words: turn it on if it is off (it follows the last choice)
if screen | grep -qF "[ ] approve"; then
    $T send-keys -t tui Tab Tab
    sleep 0.3
    $T send-keys -t tui Space
fi
wait_for "[✓] approve — saved as approved"
$T send-keys -t tui C-s
wait_for "ko $KO is approved"    # the line above the footer: the highlighted term, in words

step "undo it (u: this entry only), then redo it (U)"
$T send-keys -t tui u
wait_for "Undone on"
for ((i = 0; i < 30; i++)); do
    screen | grep -qF "$KO is approved" || break
    sleep 0.1
done
screen | grep -qF "$KO is approved" && fail "u did not take the term back"
$T send-keys -t tui U
wait_for "Redone on"
wait_for "${KO:0:6}" 20          # the term is back in the table's Korean column (cut to fit at 80x24)

step "quit"
$T send-keys -t tui q
for ((i = 0; i < 50; i++)); do
    screen | grep -qF "shown (" || break
    sleep 0.1
done
echo "OK"
