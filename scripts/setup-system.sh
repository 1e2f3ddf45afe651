#!/usr/bin/env bash
# System packages the test suite needs: Debian's Chromium for the browser
# tests. Installed only when missing and when we may (root with apt-get);
# otherwise the browser tests report themselves skipped with the reason.
set -u
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
        || echo "setup-system: could not install chromium; browser tests will be skipped" >&2
else
    echo "setup-system: chromium missing and apt-get unavailable; browser tests will be skipped" >&2
fi
exit 0
