package com.theorycloud.tabletheory.local.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeInstallationTest {

  @Test
  void reusesOneInstallKeyedByTheLockFileHash() {
    NodeRuntime runtime = NodeRuntime.locate(null);

    NodeInstallation first = NodeInstallation.ensure(runtime, NodeInstallation.cacheRoot());
    NodeInstallation second = NodeInstallation.ensure(runtime, NodeInstallation.cacheRoot());

    assertThat(second.directory()).isEqualTo(first.directory());
    assertThat(second.installMillis()).isZero();
    assertThat(second.directory().getFileName().toString()).matches("[0-9a-f]{16}");
    assertThat(second.directory().resolve("node_modules/dynalite/package.json")).exists();
    assertThat(second.serverScript()).exists().startsWith(second.directory());
    for (String file : NodeInstallation.SERVER_FILES) {
      assertThat(second.serverScript().getParent().resolve(file)).exists();
    }
  }
}
