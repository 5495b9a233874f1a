package com.theorycloud.tabletheory.local.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The machine's Node.js (20 or newer) and its npm: where they are and that they are recent enough.
 *
 * @param node the node executable
 * @param npm the npm executable (or launcher script)
 * @param version what {@code node --version} printed
 */
public record NodeRuntime(Path node, Path npm, String version) {

  /** The oldest Node.js major version dynalite 4 supports. */
  public static final int MINIMUM_MAJOR = 20;

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+).*");
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");

  /** Finds and checks Node.js: the explicit path if given, else {@link Setting#NODE}, else {@code PATH}. */
  public static NodeRuntime locate(@Nullable Path explicitNode) {
    Path node = explicitNode != null ? explicitNode : Setting.NODE.value().map(Path::of).orElse(null);
    boolean configured = node != null;
    if (node == null) {
      node = onPath(WINDOWS ? "node.exe" : "node").orElseThrow(() -> missing("no 'node' executable on the PATH"));
    }
    if (!Files.isExecutable(node)) {
      throw missing(
          (configured ? "the configured node binary " : "the node binary ")
              + node
              + (Files.exists(node) ? " is not executable" : " does not exist"));
    }
    String version = run(List.of(node.toString(), "--version"), node);
    int major = majorVersion(version);
    if (major < MINIMUM_MAJOR) {
      throw missing(node + " is Node.js " + version + ", but " + MINIMUM_MAJOR + " or newer is required");
    }
    Path npm = locateNpm(node);
    return new NodeRuntime(node, npm, version);
  }

  /** The major version in {@code node --version} output such as {@code v20.11.1}. */
  static int majorVersion(String version) {
    Matcher matcher = VERSION.matcher(version.trim());
    if (!matcher.matches()) {
      throw missing("'node --version' printed '" + version.trim() + "', which is not a Node.js version");
    }
    return Integer.parseInt(matcher.group(1));
  }

  private static Path locateNpm(Path node) {
    Optional<String> configured = Setting.NPM.value();
    if (configured.isPresent()) {
      Path npm = Path.of(configured.get());
      if (!Files.isExecutable(npm)) {
        throw missing("the configured npm binary " + npm + " (" + Setting.NPM.describe() + ") is not executable");
      }
      return npm;
    }
    // npm normally sits next to node (nodejs.org tarballs, nvm, Homebrew); distribution packages put it on PATH.
    String npmName = WINDOWS ? "npm.cmd" : "npm";
    Path sibling = node.toAbsolutePath().getParent() == null ? null : node.toAbsolutePath().getParent().resolve(npmName);
    if (sibling != null && Files.isExecutable(sibling)) {
      return sibling;
    }
    return onPath(npmName)
        .orElseThrow(() -> missing("found " + node + " but no 'npm' next to it or on the PATH"));
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      if (directory.isBlank()) {
        continue;
      }
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static String run(List<String> command, Path node) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw missing("'" + node + " --version' failed: " + output.trim());
      }
      return output.trim();
    } catch (IOException e) {
      throw missing("cannot run " + node + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("interrupted while checking the Node.js version", e);
    }
  }

  /** The one message for every "Node.js is not usable" case: what is wrong, what to install, how to point at it. */
  static StartupException missing(String problem) {
    return new StartupException(
        "The local DynamoDB needs Node.js "
            + MINIMUM_MAJOR
            + "+ with npm, but "
            + problem
            + ". Install Node.js "
            + MINIMUM_MAJOR
            + " or newer with npm (e.g. 'apt-get install nodejs npm', 'brew install node', or from"
            + " https://nodejs.org), or point "
            + Setting.NODE.describe()
            + " at a node binary (and "
            + Setting.NPM.describe()
            + " at its npm if npm is not next to it). To use an already running DynamoDB instead, set "
            + Setting.ENDPOINT.describe()
            + ".");
  }
}
