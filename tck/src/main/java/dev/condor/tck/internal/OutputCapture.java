package dev.condor.tck.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Copies what the plugin prints to System.out, System.err and JUL while a rule runs. */
public final class OutputCapture implements AutoCloseable {
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final StringBuilder jul = new StringBuilder();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (jul) {
        jul.append(record.getLevel()).append(' ').append(record.getMessage());
        if (record.getParameters() != null) {
          for (Object p : record.getParameters()) {
            jul.append(' ').append(p);
          }
        }
        if (record.getThrown() != null) {
          jul.append(' ').append(SecretWatch.render(record.getThrown()));
        }
        jul.append('\n');
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private boolean closed;

  /** Starts copying until {@link #close()}. */
  public static OutputCapture start() {
    OutputCapture c = new OutputCapture();
    System.setOut(new PrintStream(new Tee(c.originalOut, c.bytes), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(c.originalErr, c.bytes), true, StandardCharsets.UTF_8));
    Logger.getLogger("").addHandler(c.handler);
    return c;
  }

  /** Everything captured so far. */
  public String text() {
    synchronized (jul) {
      return bytes.toString(StandardCharsets.UTF_8) + jul;
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      System.setOut(originalOut);
      System.setErr(originalErr);
      Logger.getLogger("").removeHandler(handler);
    }
  }
}

/** Writes to the original stream and to the capture. */
final class Tee extends java.io.OutputStream {
  private final java.io.OutputStream a;
  private final java.io.OutputStream b;

  Tee(java.io.OutputStream a, java.io.OutputStream b) {
    this.a = a;
    this.b = b;
  }

  @Override
  public synchronized void write(int c) throws java.io.IOException {
    a.write(c);
    b.write(c);
  }

  @Override
  public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
    a.write(buf, off, len);
    b.write(buf, off, len);
  }

  @Override
  public void flush() throws java.io.IOException {
    a.flush();
  }
}
