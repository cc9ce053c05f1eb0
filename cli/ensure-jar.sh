# Sourced by the launchers at the root (kiln, test262). ensure_cli_jar ROOT NAME builds
# ROOT/cli/target/kiln.jar, and the modules it needs, when it is missing or older than any
# source file or pom of the project; NAME labels the message. Sets `jar` to its path.
ensure_cli_jar() {
  local root="$1" name="$2"
  jar="$root/cli/target/kiln.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$root" \( -name target -o -name .git -o -name node_modules \) -prune -o \
      \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$jar" -print -quit)" ]; then
    echo "$name: building..." >&2
    (cd "$root" && mvn -B -q -DskipTests -Dtest262.skip=true package -pl cli -am >&2)
  fi
}
