#!/usr/bin/env bash
# After the integration and browser tests: the server's log must carry no personal data. The tests entered
# hundreds of ID-card numbers and phone numbers through every form; none of them may appear in a log line
# (an exception message, a validation warning, a logged parameter). Fails listing the lines that do.
# Nor any session that would not serialize.
set -euo pipefail
logs=${1:?name the logs folder of the domain}
id_card='(?<![0-9])[1-6][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])'
phone='(?<![0-9.:])1[3-9][0-9]{9}(?![0-9])'
found=$(grep -a -n -P "$id_card|$phone" "$logs"/server.log* 2>/dev/null | head -20 || true)
if [ -n "$found" ]; then
  echo "the server log holds what looks like an ID-card or phone number:" >&2
  echo "$found" | cut -c1-400 >&2
  exit 1
fi
# Nor may any session hold what would not reach another server of a deployment group (docs/scaling.md): the
# application's own check (SessionCheckFilter, on in the test domains) and Payara's, where sessions are replicated.
unserializable=$(grep -a -h -E "SESSION-NOT-SERIALIZABLE|Cannot serialize session attribute" "$logs"/server.log* 2>/dev/null \
  | sort | uniq -c | sort -rn | head -20 || true)
if [ -n "$unserializable" ]; then
  echo "a session holds what would not reach another server:" >&2
  echo "$unserializable" | cut -c1-400 >&2
  exit 1
fi
echo "server log checked: no ID-card or phone number, every session serializable, in $(cat "$logs"/server.log* | wc -l) lines"
