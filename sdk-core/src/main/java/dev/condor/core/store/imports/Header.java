package dev.condor.core.store.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV header line: column positions by normalised name. */
final class Header {

  final String[] cells;
  final long line;
  private final Map<String, Integer> columns = new HashMap<>();

  private Header(String[] cells, long line) {
    this.cells = cells;
    this.line = line;
    for (int i = 0; i < cells.length; i++) {
      columns.putIfAbsent(Csv.key(cells[i]), i);
    }
  }

  /** A header from its line. */
  static Header of(String line, long number) {
    return new Header(Csv.split(line, ','), number);
  }

  /** Reads the first non-blank line as the header; a missing required column is fatal. */
  static Header read(TextFile in, ImportRun run, String... required) {
    String line = in.next();
    while (line != null && line.isBlank()) {
      line = in.next();
    }
    if (line == null) {
      throw run.fatal(0, "the file is empty");
    }
    Header h = new Header(Csv.split(line, ','), in.lineNumber());
    List<String> missing = new ArrayList<>();
    for (String r : required) {
      if (h.col(r) < 0) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw run.fatal(h.line, "the header \"" + line + "\" lacks " + String.join(", ", missing)
          + ": not a " + run.format.id() + " file");
    }
    return h;
  }

  /** The position of a column, or -1. */
  int col(String name) {
    return columns.getOrDefault(name, -1);
  }
}
