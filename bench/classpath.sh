# Sourced by the bench scripts from the project's root: compiles the tests and sets bench_cp, the classpath a
# benchmark's own JVM runs on (the test classes, the classes and every test-scope dependency, listed once into
# target/bench-classpath.txt and listed again when pom.xml changes). Maven flags: MVN_FLAGS (e.g. -o offline).
mvn -B -q ${MVN_FLAGS:-} test-compile
cp_file="target/bench-classpath.txt"
if [[ ! -s "$cp_file" || pom.xml -nt "$cp_file" ]]; then
  mvn -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
fi
bench_cp="target/test-classes:target/classes:$(cat "$cp_file")"
