package com.theorycloud.tabletheory.local.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The running node process: started with our server script, considered up once it prints its ready line, and
 * stopped together with every process it spawned. Its stdout and stderr are kept in a bounded tail for messages.
 */
public final class ServerProcess {

  private static final Pattern READY = Pattern.compile("TABLETHEORY_LOCAL_DYNAMODB_READY port=(\\d+).*");

  private final Process process;
  private final int port;
  private final TailBuffer output;

  private ServerProcess(Process process, int port, TailBuffer output) {
    this.process = process;
    this.port = port;
    this.output = output;
  }

  /** Starts the server and waits for its ready line. */
  public static ServerProcess start(
      NodeRuntime runtime, NodeInstallation installation, ServerSettings options) {
    List<String> command = new ArrayList<>();
    command.add(runtime.node().toString());
    command.add(installation.serverScript().toString());
    command.addAll(List.of("--host", "127.0.0.1", "--port", Integer.toString(options.port())));
    command.addAll(List.of("--createTableMs", Integer.toString(options.createTableMs())));
    command.addAll(List.of("--deleteTableMs", Integer.toString(options.deleteTableMs())));
    command.addAll(List.of("--updateTableMs", Integer.toString(options.updateTableMs())));
    command.addAll(List.of("--maxItemSizeKb", Integer.toString(options.maxItemSizeKb())));
    if (options.dataDirectory() != null) {
      Path data = options.dataDirectory().toAbsolutePath();
      try {
        Files.createDirectories(data);
      } catch (IOException e) {
        throw new StartupException(
            "Cannot create the local DynamoDB data directory " + data + ": " + e.getMessage(), e);
      }
      command.addAll(List.of("--path", data.toString()));
    }
    if (options.verbose()) {
      command.add("--verbose");
    }

    TailBuffer output = new TailBuffer(16_000);
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .directory(installation.directory().toFile())
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
    } catch (IOException e) {
      throw new StartupException("Cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
    }
    // stdin stays open on purpose: the script exits when it closes, so the server dies with this JVM.
    CompletableFuture<Integer> ready = new CompletableFuture<>();
    drain(process.getInputStream(), output, ready, "tabletheory-local-stdout");
    drain(process.getErrorStream(), output, null, "tabletheory-local-stderr");
    process.onExit().thenRun(() -> ready.completeExceptionally(new IllegalStateException("exited")));

    try {
      int port = ready.get(options.startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new ServerProcess(process, port, output);
    } catch (TimeoutException | ExecutionException e) {
      String why =
          e instanceof TimeoutException
              ? "did not report it was listening within " + options.startupTimeout()
              : "exited with code " + exitCode(process);
      destroyTree(process);
      throw new StartupException(
          "The local DynamoDB process ("
              + String.join(" ", command)
              + ") "
              + why
              + portHint(options)
              + ". Its output:\n"
              + output.tail());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      destroyTree(process);
      throw new StartupException("interrupted while starting the local DynamoDB", e);
    }
  }

  private static String portHint(ServerSettings options) {
    return options.port() == 0
        ? ""
        : " (if port " + options.port() + " is in use, choose another or use port 0 for a free one)";
  }

  private static String exitCode(Process process) {
    try {
      return Integer.toString(process.waitFor(1, TimeUnit.SECONDS) ? process.exitValue() : -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static void drain(
      java.io.InputStream stream, TailBuffer output, @Nullable CompletableFuture<Integer> ready, String name) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new java.io.InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  output.appendLine(line);
                  if (ready != null && !ready.isDone()) {
                    Matcher matcher = READY.matcher(line);
                    if (matcher.matches()) {
                      ready.complete(Integer.parseInt(matcher.group(1)));
                    }
                  }
                }
              } catch (IOException e) {
                output.appendLine("[output closed: " + e.getMessage() + "]");
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /** The port the server listens on (the actual one when port 0 was asked for). */
  public int port() {
    return port;
  }

  /** The process id, for diagnostics and tests. */
  public long pid() {
    return process.pid();
  }

  /** The last lines the process printed. */
  public String outputTail() {
    return output.tail();
  }

  /** Whether the process is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Stops the server: first by closing its stdin (it then closes its store, which flushes a data directory),
   * then by signals; every descendant is killed as well.
   */
  public void stop() {
    List<ProcessHandle> descendants = process.descendants().toList();
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed or the process is gone; the signals below still apply.
    }
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        destroyTree(process);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      destroyTree(process);
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  private static void destroyTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    descendants.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }
}
