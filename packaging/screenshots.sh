#!/usr/bin/env bash
# Renders the screenshots of every panel state, the slim bar, the settings and the welcome, light and
# dark, into src/site/resources/images/ (ScreenshotsTest on the headless Monocle display the UI tests use).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=ScreenshotsTest -Dscreenshots=true -Dsurefire.failIfNoSpecifiedTests=false
ls -1 src/site/resources/images/*.png
