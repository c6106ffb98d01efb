package dev.condor.tck.strategy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds calls to wall-clock methods in class files by reading their constant pools: every
 * method reference a class makes (its own calls, lambdas and method references alike) is listed
 * there as a Methodref or InterfaceMethodref naming the owner class and the method.
 */
final class WallClockScan {

  private static final Set<String> TIME_TYPES_WITH_NOW = Set.of("java/time/Instant",
      "java/time/LocalDate", "java/time/LocalDateTime", "java/time/LocalTime",
      "java/time/ZonedDateTime", "java/time/OffsetDateTime", "java/time/OffsetTime",
      "java/time/Year", "java/time/YearMonth", "java/time/MonthDay");

  private WallClockScan() {}

  /** A wall-clock method {@code referrer} refers to. */
  record Finding(String referrer, String method) {
    @Override
    public String toString() {
      return referrer + " calls " + method;
    }
  }

  /** Whether {@code owner.name} (internal class name) reads the wall clock. */
  static boolean isWallClock(String owner, String name, String descriptor) {
    if (owner.equals("java/lang/System") && name.equals("currentTimeMillis")) {
      return true;
    }
    if (TIME_TYPES_WITH_NOW.contains(owner) && name.equals("now")) {
      return true;
    }
    if (owner.equals("java/time/Clock") && name.startsWith("system")) {
      return true;
    }
    return owner.equals("java/util/Date") && name.equals("<init>") && descriptor.equals("()V");
  }

  /** The wall-clock references of one class file. */
  static List<String> wallClockReferences(byte[] classFile) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IllegalArgumentException("not a class file");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      int[] tag = new int[count];
      int[] a = new int[count];
      int[] b = new int[count];
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        tag[i] = in.readUnsignedByte();
        switch (tag[i]) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 7, 8, 16, 19, 20 -> a[i] = in.readUnsignedShort();
          case 9, 10, 11, 12, 17, 18 -> {
            a[i] = in.readUnsignedShort();
            b[i] = in.readUnsignedShort();
          }
          case 15 -> {
            in.readUnsignedByte();
            a[i] = in.readUnsignedShort();
          }
          default -> throw new IllegalArgumentException("unknown constant pool tag " + tag[i]);
        }
      }
      List<String> found = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        if (tag[i] == 10 || tag[i] == 11) {
          String owner = utf8[a[a[i]]];
          int nat = b[i];
          String name = utf8[a[nat]];
          String descriptor = utf8[b[nat]];
          if (isWallClock(owner, name, descriptor)) {
            found.add(owner.replace('/', '.') + "." + name + descriptor);
          }
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scans the classes of {@code roots}: the whole module of a class in a named module, else
   * every class in its package and the packages under it, found where the class was loaded from.
   */
  static ScanResult scan(List<Class<?>> roots) {
    Set<String> scanned = new TreeSet<>();
    List<Finding> findings = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (Class<?> root : roots) {
      Module module = root.getModule();
      if (module.isNamed() && module.getLayer() != null) {
        Optional<ResolvedModule> resolved = module.getLayer().configuration()
            .findModule(module.getName());
        if (resolved.isPresent()) {
          try (ModuleReader reader = resolved.get().reference().open()) {
            List<String> names = reader.list().filter(n -> n.endsWith(".class")
                && !n.endsWith("module-info.class")).toList();
            for (String n : names) {
              if (scanned.add(module.getName() + "/" + n)) {
                try (InputStream in = reader.open(n).orElseThrow()) {
                  check(n, in.readAllBytes(), findings);
                }
              }
            }
          } catch (IOException e) {
            unreadable.add(module.getName() + ": " + e.getMessage());
          }
          continue;
        }
      }
      String prefix = root.getPackageName().replace('.', '/') + "/";
      for (String n : classesUnder(root, prefix, unreadable)) {
        if (scanned.add(n)) {
          try (InputStream in = root.getClassLoader().getResourceAsStream(n)) {
            if (in == null) {
              unreadable.add(n);
              continue;
            }
            check(n, in.readAllBytes(), findings);
          } catch (IOException e) {
            unreadable.add(n + ": " + e.getMessage());
          }
        }
      }
    }
    return new ScanResult(List.copyOf(scanned), findings, unreadable);
  }

  record ScanResult(List<String> scanned, List<Finding> findings, List<String> unreadable) {}

  private static void check(String name, byte[] bytes, List<Finding> findings) {
    for (String m : wallClockReferences(bytes)) {
      findings.add(new Finding(name.replace(".class", "").replace('/', '.'), m));
    }
  }

  private static List<String> classesUnder(Class<?> root, String prefix, List<String> unreadable) {
    List<String> out = new ArrayList<>();
    CodeSource source = root.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null) {
      unreadable.add(root.getName() + ": no code source to list its package");
      out.add(root.getName().replace('.', '/') + ".class");
      return out;
    }
    try {
      Path path = Path.of(location.toURI());
      if (Files.isDirectory(path)) {
        Path dir = path.resolve(prefix);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".class"))
                .forEach(p -> out.add(path.relativize(p).toString().replace('\\', '/')));
          }
        }
      } else {
        try (JarFile jar = new JarFile(path.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.startsWith(prefix) && n.endsWith(".class")) {
              out.add(n);
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      unreadable.add(location + ": " + e.getMessage());
    }
    out.sort(null);
    return out;
  }
}
