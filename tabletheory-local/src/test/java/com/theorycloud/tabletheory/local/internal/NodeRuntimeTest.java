package com.theorycloud.tabletheory.local.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRuntimeTest {

  @Test
  void readsTheMajorVersionFromNodeVersionOutput() {
    assertThat(NodeRuntime.majorVersion("v20.11.1")).isEqualTo(20);
    assertThat(NodeRuntime.majorVersion("v22.0.0-nightly2024")).isEqualTo(22);
    assertThatThrownBy(() -> NodeRuntime.majorVersion("command not found"))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("not a Node.js version");
  }

  @Test
  void rejectsANodeOlderThanTwentyNamingTheFix(@TempDir Path dir) throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs a POSIX shell script");
    Path oldNode = dir.resolve("node");
    Files.writeString(oldNode, "#!/bin/sh\necho v18.19.0\n");
    Files.setPosixFilePermissions(oldNode, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThatThrownBy(() -> NodeRuntime.locate(oldNode))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("is Node.js v18.19.0, but 20 or newer is required")
        .hasMessageContaining("apt-get install nodejs npm")
        .hasMessageContaining("TABLETHEORY_LOCAL_NODE");
  }

  @Test
  void findsTheMachinesNodeAndNpm() {
    NodeRuntime runtime = NodeRuntime.locate(null);

    assertThat(NodeRuntime.majorVersion(runtime.version())).isGreaterThanOrEqualTo(NodeRuntime.MINIMUM_MAJOR);
    assertThat(runtime.npm()).isExecutable();
  }
}
