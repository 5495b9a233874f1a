package com.theorycloud.tabletheory.local.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The pinned dynalite install and our server script on disk. The jar carries {@code package.json}, the lock file
 * and the script; on first use they are copied to a cache directory keyed by the lock file's hash and {@code npm
 * ci} runs there once, under a cross-process file lock, so every module, test JVM and project on the machine
 * shares one install.
 *
 * @param directory the install directory (holds {@code node_modules})
 * @param serverScript the script to run with node
 * @param installMillis how long this call spent installing (0 when the install was reused)
 */
public record NodeInstallation(Path directory, Path serverScript, long installMillis) {

  private static final System.Logger LOG = System.getLogger(NodeInstallation.class.getName());
  private static final String RESOURCE_ROOT = "/com/theorycloud/tabletheory/local/node/";
  private static final List<String> INSTALL_FILES = List.of("package.json", "package-lock.json");
  /** Every server script file shipped in the jar; kept in one place because a jar cannot be listed portably. */
  static final List<String> SERVER_FILES =
      List.of("tabletheory-dynamodb.js", "lib/wire.js", "lib/transactions.js", "lib/time-to-live.js", "lib/settle.js");
  private static final String MARKER = ".installed";
  private static final Object JVM_LOCK = new Object();

  /** Ensures the install exists under the cache directory (explicit, else {@link Setting#CACHE_DIR}, else default). */
  public static NodeInstallation ensure(NodeRuntime runtime, @Nullable Path explicitCacheDirectory) {
    Path root = explicitCacheDirectory != null ? explicitCacheDirectory : cacheRoot();
    Map<String, byte[]> installFiles = read(INSTALL_FILES);
    Map<String, byte[]> serverFiles = read(SERVER_FILES);
    Path directory = root.resolve(hash(installFiles.values()));
    Path scripts = directory.resolve("server-" + hash(serverFiles.values()));
    synchronized (JVM_LOCK) {
      try {
        Files.createDirectories(root);
        try (FileChannel channel =
                FileChannel.open(
                    root.resolve(directory.getFileName() + ".lock"),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
          // Serializes installs across JVMs (forked test runners, parallel builds); released when the channel closes.
          FileLock lock = channel.lock();
          long installMillis = 0;
          // The marker is written last, so a crash mid-install (or a hand-deleted node_modules) means reinstall.
          if (!Files.exists(directory.resolve(MARKER))
              || !Files.exists(directory.resolve("node_modules/dynalite/package.json"))) {
            long started = System.nanoTime();
            install(runtime, directory, installFiles);
            installMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.log(Level.INFO, "Installed dynalite with npm ci in {0} ms into {1}", installMillis, directory);
          }
          if (!Files.exists(scripts.resolve(SERVER_FILES.get(0)))) {
            writeAtomically(scripts, serverFiles);
          }
          lock.release();
          return new NodeInstallation(directory, scripts.resolve(SERVER_FILES.get(0)), installMillis);
        }
      } catch (IOException e) {
        throw new StartupException(
            "Cannot prepare the local DynamoDB install under "
                + root
                + ": "
                + e.getMessage()
                + ". Make the directory writable or choose another with "
                + Setting.CACHE_DIR.describe()
                + ".",
            e);
      }
    }
  }

  /** The default cache root: {@code $XDG_CACHE_HOME/tabletheory/local} or {@code ~/.cache/tabletheory/local}. */
  public static Path cacheRoot() {
    return Setting.CACHE_DIR
        .value()
        .map(Path::of)
        .orElseGet(
            () -> {
              String xdg = System.getenv("XDG_CACHE_HOME");
              Path base =
                  xdg != null && !xdg.isBlank()
                      ? Path.of(xdg)
                      : Path.of(System.getProperty("user.home"), ".cache");
              return base.resolve("tabletheory").resolve("local");
            });
  }

  private static void install(NodeRuntime runtime, Path directory, Map<String, byte[]> installFiles)
      throws IOException {
    // A half-finished earlier attempt (no marker) is removed so npm ci starts clean.
    deleteRecursively(directory);
    Files.createDirectories(directory);
    for (Map.Entry<String, byte[]> file : installFiles.entrySet()) {
      Files.write(directory.resolve(file.getKey()), file.getValue());
    }
    // --ignore-scripts: classic-level ships prebuilt binaries in its package, so no install script (and no
    // compiler) is needed; this also keeps npm 11's install-script policy out of the way.
    List<String> command =
        List.of(runtime.npm().toString(), "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error");
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
    // npm is itself a node script: make sure it finds the same node we checked.
    Path nodeDirectory = runtime.node().toAbsolutePath().getParent();
    if (nodeDirectory != null) {
      builder.environment().merge("PATH", nodeDirectory.toString(), (old, add) -> add + java.io.File.pathSeparator + old);
    }
    builder.environment().put("npm_config_update_notifier", "false");
    TailBuffer output = new TailBuffer(8_000);
    int exit;
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
        reader.lines().forEach(output::appendLine);
      }
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw npmFailed(directory, command, "it did not finish within 10 minutes", output);
      }
      exit = process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StartupException("interrupted while running npm ci in " + directory, e);
    }
    if (exit != 0) {
      throw npmFailed(directory, command, "it exited with " + exit, output);
    }
    if (!Files.exists(directory.resolve("node_modules/dynalite/package.json"))) {
      throw npmFailed(directory, command, "node_modules/dynalite is missing afterwards", output);
    }
    Files.writeString(directory.resolve(MARKER), runtime.version() + "\n");
  }

  private static StartupException npmFailed(
      Path directory, List<String> command, String problem, TailBuffer output) {
    return new StartupException(
        "Installing dynalite for the local DynamoDB failed: '"
            + String.join(" ", command)
            + "' in "
            + directory
            + " "
            + problem
            + ". It needs the npm registry (or your configured mirror in ~/.npmrc) and a writable cache"
            + " directory ("
            + Setting.CACHE_DIR.describe()
            + "). It is retried on the next start. npm said:\n"
            + output.tail());
  }

  private static void writeAtomically(Path target, Map<String, byte[]> files) throws IOException {
    Path parent = target.getParent();
    Path staging = Files.createTempDirectory(parent, target.getFileName() + ".tmp");
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = staging.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      deleteRecursively(staging);
      if (!Files.exists(target)) {
        throw e;
      }
    } catch (IOException e) {
      deleteRecursively(staging);
      if (!Files.exists(target.resolve(SERVER_FILES.get(0)))) {
        throw e;
      }
    }
  }

  private static Map<String, byte[]> read(List<String> names) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : names) {
      try (InputStream in = NodeInstallation.class.getResourceAsStream(RESOURCE_ROOT + name)) {
        if (in == null) {
          throw new StartupException(
              "The tabletheory-local jar is incomplete: resource " + RESOURCE_ROOT + name + " is missing");
        }
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static String hash(Iterable<byte[]> contents) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] content : contents) {
        digest.update(content);
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
    }
    for (Path each : paths) {
      Files.deleteIfExists(each);
    }
  }
}
