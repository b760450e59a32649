#!/usr/bin/env bash
# The peak memory of an interface session as a person has it: open FILE in tmux at
# 80x24, wait for the tree, edit a value, stay idle for the recovery copy, save, edit
# again, save again, quit. Prints the process's peak resident size (GNU time).
# Usage: tools/session_peak.sh BINARY FILE   (FILE is modified: use a copy)
set -euo pipefail
bin=$(realpath "$1"); file=$(realpath "$2")
out=$(mktemp); sock="kinerja-peak-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -f "$out"' EXIT
tmux -L "$sock" new-session -d -x 80 -y 24 "/usr/bin/time -o $out -f '%M %e' $bin $file"
wait_for() { for _ in $(seq 1 600); do tmux -L "$sock" capture-pane -p | grep -q "$1" && return 0; sleep 0.1; done; echo "timed out waiting for $1" >&2; exit 1; }
wait_for "Pagu (Rp)"
keys() { tmux -L "$sock" send-keys "$@"; sleep 0.3; }
# Into the first program, its first kegiatan's first sub kegiatan, the detail, the TW I realisation.
keys j Right j Right j Right j Tab Down Down Down Down Down Down Down
keys 7 Enter
sleep 3.5   # idle: the recovery copy is written
keys C-s; wait_for "Tersimpan"
keys Down 8 Enter
keys C-s; sleep 0.5; wait_for "Tersimpan"
keys q
for _ in $(seq 1 100); do [ -s "$out" ] && break; sleep 0.1; done
read -r kb seconds < "$out"
echo "session peak: $((kb / 1024)) MiB (open, 2 edits, a recovery copy, 2 saves; $seconds s)"
