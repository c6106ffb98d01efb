package dev.condor.core.store.imports;

import dev.condor.api.error.DataException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A text file read line by line with 1-based line numbers, gunzipped when it starts with the gzip
 * magic bytes (whatever its name), UTF-8 with an optional byte-order mark.
 */
final class TextFile implements AutoCloseable {

  private final Path path;
  private final BufferedReader reader;
  private long lineNumber;

  private TextFile(Path path, BufferedReader reader) {
    this.path = path;
    this.reader = reader;
  }

  static TextFile open(Path path) {
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      in.mark(2);
      int b0 = in.read();
      int b1 = in.read();
      in.reset();
      if (b0 == 0x1f && b1 == 0x8b) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return new TextFile(path,
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    } catch (NoSuchFileException e) {
      throw DataException.of(DataException.Kind.NOT_FOUND, path.toString())
          .detail("no such file").cause(e).build();
    } catch (IOException e) {
      throw unreadable(path, 0, e);
    }
  }

  static DataException unreadable(Path path, long line, IOException e) {
    DataException.Builder b = DataException.of(DataException.Kind.MALFORMED, path.toString())
        .detail("cannot read the file (" + e.getMessage() + ")").cause(e);
    if (line > 0) {
      b.location("line " + line);
    }
    return b.build();
  }

  /** The first lines of a file (fewer if it is shorter), for detection. */
  static List<String> head(Path path, int lines) {
    try (TextFile f = open(path)) {
      List<String> out = new ArrayList<>();
      String s;
      while (out.size() < lines && (s = f.next()) != null) {
        out.add(s);
      }
      return out;
    }
  }

  /** The next line, or null at the end; a leading byte-order mark is dropped. */
  String next() {
    try {
      String s = reader.readLine();
      if (s == null) {
        return null;
      }
      lineNumber++;
      if (lineNumber == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      return s;
    } catch (IOException e) {
      throw unreadable(path, lineNumber + 1, e);
    }
  }

  /** The 1-based number of the line {@link #next()} returned last. */
  long lineNumber() {
    return lineNumber;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // Nothing was written; a failure to release a read handle changes no result.
    }
  }
}
