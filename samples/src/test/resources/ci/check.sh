#!/bin/sh
# A CI step: counts the lines of every file in /work/in, writes a report, and fails when a file has a TODO.
mkdir -p /work/out
status=0
for f in /work/in/*; do
  name=$(basename "$f")
  lines=$(wc -l < "$f")
  echo "$name $lines" >> /work/out/report.txt
  if grep -q TODO "$f"; then
    echo "FAIL: $name has a TODO" >&2
    status=1
  fi
done
echo "checked $(ls /work/in | wc -l) files"
exit $status
