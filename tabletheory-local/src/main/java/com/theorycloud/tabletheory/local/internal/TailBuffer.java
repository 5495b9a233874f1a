package com.theorycloud.tabletheory.local.internal;

/**
 * Keeps the last characters of a process's output, so a failure message can show what the process said without
 * letting a chatty process grow memory without bound.
 */
public final class TailBuffer {

  private final int capacity;
  private final StringBuilder text = new StringBuilder();

  /** A buffer keeping at most {@code capacity} characters. */
  public TailBuffer(int capacity) {
    this.capacity = capacity;
  }

  /** Appends one line. */
  public synchronized void appendLine(String line) {
    text.append(line).append('\n');
    int excess = text.length() - capacity;
    if (excess > 0) {
      text.delete(0, excess);
    }
  }

  /** The kept text, or a placeholder when the process said nothing. */
  public synchronized String tail() {
    return text.length() == 0 ? "(no output)" : text.toString();
  }
}
