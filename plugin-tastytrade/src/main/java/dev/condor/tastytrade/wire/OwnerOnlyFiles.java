package dev.condor.tastytrade.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes the plugin's small state files (the access token, the client order id map) so
 * that only their owner can read them: POSIX mode 600 in a 700 directory, written to a temporary
 * file and moved into place, so a crash never leaves half a file.
 */
final class OwnerOnlyFiles {

  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

  private OwnerOnlyFiles() {}

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Writes {@code text} to {@code file}, owner-only. */
  static void write(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp;
    if (posix()) {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
      }
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp",
          PosixFilePermissions.asFileAttribute(FILE));
    } else {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      java.io.File f = tmp.toFile();
      f.setReadable(false, false);
      f.setWritable(false, false);
      f.setReadable(true, true);
      f.setWritable(true, true);
    }
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The file's text, or empty if it does not exist or others could read it (a token anyone could
   * read is not trusted: it is left alone and replaced on the next write).
   */
  static Optional<String> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    if (posix() && !FILE.containsAll(Files.getPosixFilePermissions(file))) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Whether the file exists and only its owner may read or write it (POSIX only). */
  static boolean isOwnerOnly(Path file) throws IOException {
    return !posix() || FILE.containsAll(Files.getPosixFilePermissions(file));
  }
}
