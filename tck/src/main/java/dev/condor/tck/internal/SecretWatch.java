package dev.condor.tck.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The fake secrets a suite hands its plugin, watched for: masked out of the suite's own messages,
 * and looked for in everything the plugin produced during a rule.
 */
public final class SecretWatch {

  /** The rule a leaked secret breaks, in every suite. */
  public static final String RULE = "required_secrets_neverLeak";

  private final List<Map.Entry<String, String>> secrets = new ArrayList<>();

  /** Watches the non-blank values of {@code secrets} (null for none). */
  public SecretWatch(Map<String, String> secrets) {
    if (secrets != null) {
      secrets.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
          .forEach(this.secrets::add);
    }
  }

  /** The watched values, by name. */
  public List<Map.Entry<String, String>> entries() {
    return secrets;
  }

  /** The text with every watched value replaced by {@code ****}. */
  public String mask(String text) {
    String masked = text;
    for (Map.Entry<String, String> secret : secrets) {
      masked = masked.replace(secret.getValue(), "****");
    }
    return masked;
  }

  /**
   * Fails {@link #RULE} naming the secret and where it appeared, if any watched value is in one of
   * {@code objects}: an exception (message, causes, stack trace), captured output, or toString().
   */
  public void assertAbsent(List<Object> objects, String where) {
    for (Object o : objects) {
      if (o == null) {
        continue;
      }
      String text = render(o);
      for (Map.Entry<String, String> secret : secrets) {
        if (text.contains(secret.getValue())) {
          String kind = o instanceof Throwable ? "an exception (message, cause or stack trace)"
              : o instanceof String ? "captured output" : o.getClass().getName() + ".toString()";
          throw new AssertionError(RULE + ": the value of secret \"" + secret.getKey()
              + "\" appears " + where + ", in " + kind + ": "
              + mask(text.length() > 300 ? text.substring(0, 300) + "..." : text)
              + "; use Secret.reveal() only where the value is sent, never in messages, "
              + "toString() or logs");
        }
      }
    }
  }

  /** An object as a leak would show it: a throwable's whole stack trace, anything else's toString. */
  public static String render(Object o) {
    if (o instanceof Throwable) {
      StringWriter w = new StringWriter();
      ((Throwable) o).printStackTrace(new PrintWriter(w));
      return w.toString();
    }
    return String.valueOf(o);
  }

  /** The failure inside the execution or completion wrappers of a stage. */
  public static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while ((current instanceof ExecutionException || current instanceof CompletionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
