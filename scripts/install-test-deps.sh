#!/usr/bin/env bash
# Installs everything `npm test` and `npm run test:editor` use beyond `npm ci`, so that no test is
# skipped: Neovim, Emacs and eglot (third-party LSP clients, test/thirdparty) from Debian, then
# Chromium, Node 24 and code-server (test/web and the real-editor tests) through
# scripts/install-editor-deps.sh. Debian or Ubuntu; runs apt-get as root, or through sudo.
# Idempotent. `npm test` names this script at its end when it skipped tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
if ! command -v nvim >/dev/null || ! command -v emacs >/dev/null || ! ls /usr/share/emacs/site-lisp/elpa 2>/dev/null | grep -q '^eglot-'; then
  echo "[install-test-deps] apt: neovim emacs-nox elpa-eglot"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends neovim emacs-nox elpa-eglot </dev/null >/dev/null
else
  echo "[install-test-deps] neovim, emacs and eglot already installed"
fi
exec bash scripts/install-editor-deps.sh
