package dev.condor.core.store.imports;

import java.util.regex.Pattern;

/** Parses one cell of a row, naming the column and the value when it cannot. */
final class Cells {

  private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private Cells() {}

  static String cell(String[] row, int col) {
    return col < 0 || col >= row.length ? "" : row[col];
  }

  static boolean missing(String s) {
    return s.isEmpty() || s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("null")
        || s.equalsIgnoreCase("n/a") || s.equals("-") || s.equals("--");
  }

  /** A required, non-blank text cell. */
  static String text(String[] row, int col, String column) {
    String s = cell(row, col);
    if (s.isEmpty()) {
      throw new BadValue(column + " is missing");
    }
    return s;
  }

  /** Any finite number (greeks may be negative); blank gives NaN. */
  static double number(String[] row, int col, String column) {
    String s = cell(row, col);
    if (missing(s)) {
      return Double.NaN;
    }
    return parse(s, column);
  }

  /** A required finite number. */
  static double requiredNumber(String[] row, int col, String column) {
    double v = number(row, col, column);
    if (Double.isNaN(v)) {
      throw new BadValue(column + " is missing");
    }
    return v;
  }

  /** A price: finite and not negative; blank gives NaN. */
  static double price(String[] row, int col, String column) {
    double v = number(row, col, column);
    if (v < 0) {
      throw new BadValue(column + " = " + cell(row, col) + " is negative");
    }
    return v;
  }

  /** A count (volume, open interest): a whole number, not negative; blank gives -1. */
  static long count(String[] row, int col, String column) {
    double v = number(row, col, column);
    if (Double.isNaN(v)) {
      return -1;
    }
    if (v < 0 || v != Math.rint(v)) {
      throw new BadValue(column + " = " + cell(row, col) + " is not a whole number >= 0");
    }
    return (long) v;
  }

  static double parse(String s, String column) {
    String t = s;
    if (t.indexOf(',') >= 0) {
      if (!THOUSANDS.matcher(t).matches()) {
        throw new BadValue(column + " = \"" + s + "\" is not a number (a decimal comma needs "
            + "decimalComma in the mapping)");
      }
      t = t.replace(",", "");
    }
    if (t.endsWith("%")) {
      throw new BadValue(column + " = \"" + s + "\" is a percentage; map it as a plain number");
    }
    try {
      double v = Double.parseDouble(t);
      if (Double.isInfinite(v) || Double.isNaN(v)) {
        throw new BadValue(column + " = \"" + s + "\" is not a finite number");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadValue(column + " = \"" + s + "\" is not a number");
    }
  }

  /**
   * A number in free header text, in either convention: {@code 29.187.025}, {@code 29,187,025},
   * {@code 1.234,5} or {@code 1,234.5}. Returns NaN when there is none.
   */
  static double lenientNumber(String s) {
    String t = s.trim().replace("\"", "");
    if (t.isEmpty()) {
      return Double.NaN;
    }
    int commas = (int) t.chars().filter(c -> c == ',').count();
    int dots = (int) t.chars().filter(c -> c == '.').count();
    if (commas > 0 && dots > 0) {
      t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(".", "").replace(',', '.')
          : t.replace(",", "");
    } else if (dots > 1) {
      t = t.replace(".", "");
    } else if (commas > 1) {
      t = t.replace(",", "");
    } else if (commas == 1) {
      t = t.length() - t.indexOf(',') == 4 ? t.replace(",", "") : t.replace(',', '.');
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
