# Shared by the tmux scripts (sourced, not run): drive `glossary tui` in a private tmux
# server as a person would.  The caller sets T (the tmux command with its -L socket) and
# starts a session named `tui`.

cleanup() { $T kill-server 2>/dev/null || true; }

screen() { $T capture-pane -p -t tui 2>/dev/null || true; }

# footer: the app's last line, the key bar (the last non-blank line of the pane: under load
# the app has once been seen drawn at 80x24 in a 160x50 pane, the rest of it blank)
footer() { screen | grep -v '^[[:space:]]*$' | tail -n 1; }

fail() {
    echo "$*" >&2
    echo "----- screen -----" >&2
    screen >&2
    exit 1
}

# wait_grep GREP-FLAG PATTERN SECONDS MESSAGE: poll the screen until grep finds PATTERN
wait_grep() {
    local flag=$1 pattern=$2 limit=$3 i
    for ((i = 0; i < limit * 10; i++)); do
        if screen | grep -q"$flag" -- "$pattern"; then return 0; fi
        sleep 0.1
    done
    fail "$4"
}

# wait_for TEXT [SECONDS]: poll the screen until TEXT shows up
wait_for() { wait_grep F "$1" "${2:-10}" "timed out waiting for: $1"; }

# wait_cursor_on ID [SECONDS]: poll until the table's cursor row (marked ▶) is entry ID
wait_cursor_on() { wait_grep E "▶ *$1" "${2:-10}" "the cursor never reached the row of $1"; }

# search_for TEXT EXPECT: with the search box focused, type TEXT until EXPECT shows up.  On a
# loaded machine keys typed while the app is still busy starting can be lost: empty the
# box and type again (up to five times) rather than fail on the first try
search_for() {
    local text=$1 expect=$2 try i
    for ((try = 0; try < 5; try++)); do
        $T send-keys -t tui C-u
        $T send-keys -t tui -l "$text"
        for ((i = 0; i < 60; i++)); do
            if screen | grep -qF -- "$expect"; then return 0; fi
            sleep 0.1
        done
    done
    wait_for "$expect" 1
}

# open_entry TEXT EXPECT ID: search for TEXT until EXPECT shows up and the search box (the
# top of the screen) holds TEXT, press Enter and wait until the table's cursor is on entry
# ID.  On a loaded machine a key can land while the app is still busy with the last one
# (once the box was found empty after Enter): then the whole search is done again, up to
# three times, before the step fails
open_entry() {
    local text=$1 expect=$2 id=$3 try i
    for ((try = 0; try < 3; try++)); do
        focus_search
        search_for "$text" "$expect"
        for ((i = 0; i < 50; i++)); do
            if screen | head -n 3 | grep -qF -- "$text"; then break; fi
            sleep 0.1
        done
        $T send-keys -t tui Enter
        for ((i = 0; i < 150; i++)); do
            if footer | grep -qF "a Accept" && screen | grep -qE -- "▶ *$id"; then return 0; fi
            sleep 0.1
        done
        echo "(search for $text: the cursor is not on $id yet; searching again)" >&2
    done
    wait_cursor_on "$id" 1
}

# focus_search: press / until the footer says the search box has the focus (a key sent
# while the terminal handshake is still going on can be lost, longer on a busy machine)
focus_search() {
    local try
    for ((try = 0; try < 20; try++)); do
        $T send-keys -t tui /
        sleep 0.3
        if footer | grep -qF "f1 Help" && ! footer | grep -qF "Accept"; then return 0; fi
    done
    wait_for "f1 Help"
}

step() { echo "== $*"; }
