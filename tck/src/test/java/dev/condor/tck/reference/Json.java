package dev.condor.tck.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the reference venue: objects, arrays, strings, numbers, booleans, null.
 * The reference plugin depends on sdk-api alone, so it carries its own.
 */
final class Json {

  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /** Parses a JSON document into maps, lists, strings, doubles, booleans and nulls. */
  static Object parse(String text) {
    Json p = new Json(text == null ? "" : text);
    Object value = p.value();
    p.skipSpace();
    if (p.pos != p.text.length()) {
      throw p.error("trailing characters");
    }
    return value;
  }

  /** Writes maps, lists, strings, numbers, booleans and nulls as compact JSON. */
  static String write(Object value) {
    StringBuilder s = new StringBuilder();
    write(s, value);
    return s.toString();
  }

  private static void write(StringBuilder s, Object value) {
    if (value == null) {
      s.append("null");
    } else if (value instanceof Map) {
      s.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!first) {
          s.append(',');
        }
        first = false;
        writeString(s, String.valueOf(e.getKey()));
        s.append(':');
        write(s, e.getValue());
      }
      s.append('}');
    } else if (value instanceof List) {
      s.append('[');
      boolean first = true;
      for (Object item : (List<?>) value) {
        if (!first) {
          s.append(',');
        }
        first = false;
        write(s, item);
      }
      s.append(']');
    } else if (value instanceof Number || value instanceof Boolean) {
      s.append(value);
    } else {
      writeString(s, String.valueOf(value));
    }
  }

  private static void writeString(StringBuilder s, String text) {
    s.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"': s.append("\\\""); break;
        case '\\': s.append("\\\\"); break;
        case '\n': s.append("\\n"); break;
        case '\r': s.append("\\r"); break;
        case '\t': s.append("\\t"); break;
        default:
          if (c < 0x20) {
            s.append(String.format("\\u%04x", (int) c));
          } else {
            s.append(c);
          }
      }
    }
    s.append('"');
  }

  private Object value() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{': return object();
      case '[': return array();
      case '"': return string();
      case 't': return literal("true", Boolean.TRUE);
      case 'f': return literal("false", Boolean.FALSE);
      case 'n': return literal("null", null);
      default: return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    skipSpace();
    if (peek('}')) {
      pos++;
      return map;
    }
    while (true) {
      skipSpace();
      if (!peek('"')) {
        throw error("expected a key");
      }
      String key = string();
      skipSpace();
      expect(':');
      map.put(key, value());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else {
        expect('}');
        return map;
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    skipSpace();
    if (peek(']')) {
      pos++;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpace();
      if (peek(',')) {
        pos++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() {
    StringBuilder s = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return s.toString();
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          break;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'n': s.append('\n'); break;
          case 'r': s.append('\r'); break;
          case 't': s.append('\t'); break;
          case 'b': s.append('\b'); break;
          case 'f': s.append('\f'); break;
          case 'u':
            if (pos + 4 > text.length()) {
              throw error("bad unicode escape");
            }
            s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
            break;
          default: s.append(e);
        }
      } else {
        s.append(c);
      }
    }
    throw error("unterminated string");
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected token");
    }
    pos += word.length();
    return value;
  }

  private Double number() {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character '" + text.charAt(pos) + "'");
    }
    try {
      return Double.valueOf(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw error("bad number");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("not JSON: " + what + " at character " + pos);
  }
}
