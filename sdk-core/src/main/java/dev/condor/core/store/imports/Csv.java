package dev.condor.core.store.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits one CSV line into trimmed cells; quotes may wrap a cell, an unclosed quote runs to the end. */
final class Csv {

  private Csv() {}

  static String[] split(String line, char delimiter) {
    List<String> cells = new ArrayList<>(32);
    int n = line.length();
    int i = 0;
    while (true) {
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      // leading blanks before an opening quote are not part of the cell
      int j = i;
      while (j < n && line.charAt(j) == ' ') {
        j++;
      }
      if (j < n && line.charAt(j) == '"') {
        quoted = true;
        i = j + 1;
      }
      while (i < n) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < n && line.charAt(i + 1) == '"') {
              cell.append('"');
              i += 2;
              continue;
            }
            quoted = false;
            i++;
            continue;
          }
          cell.append(c);
          i++;
        } else if (c == delimiter) {
          break;
        } else {
          cell.append(c);
          i++;
        }
      }
      cells.add(cell.toString().trim());
      if (i >= n) {
        break;
      }
      i++; // the delimiter
    }
    return cells.toArray(new String[0]);
  }

  /** A header cell normalised for lookups: trimmed, lower case, BOM removed. */
  static String key(String header) {
    return header.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
  }

  /** The index of a header cell (normalised), or -1. */
  static int indexOf(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (key(header[i]).equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
