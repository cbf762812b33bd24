# Sourced by scripts/install-editor-deps.sh (and by its test): unsets every npm_* variable that
# an enclosing `npm run` exported (npm_config_user_agent, npm_config_node_version, npm_config_prefix,
# npm_execpath, npm_lifecycle_*, npm_package_*…). npm reads npm_config_* variables as config, so an
# `npm install` started from `npm run test:editor` would otherwise run with the outer npm's settings:
# code-server's postinstall reads npm_config_user_agent ("… node/v20 …") and refuses to install,
# although the inner install runs on Node 24. ~/.npmrc and the flags the script passes still apply.
clean_npm_env() {
  local v
  for v in $(compgen -e); do
    case "$v" in
      npm_* | NPM_CONFIG_* | NPM_PACKAGE_*) unset "$v" ;;
    esac
  done
  # `npm run` also puts node_modules/.bin folders and npm's node-gyp-bin first on PATH; they are
  # this repository's tools, not the inner install's.
  local kept="" p
  local IFS=:
  for p in $PATH; do
    case "$p" in
      */node_modules/.bin | */node-gyp-bin) ;;
      *) kept="${kept:+$kept:}$p" ;;
    esac
  done
  PATH="$kept"
  export PATH
}
