package dev.condor.core.store;

import dev.condor.api.instrument.Underlying;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.zip.CRC32C;

/**
 * The column cache beside an option partition ({@code quotes.columns} next to {@code
 * quotes.parquet}): a loaded day's {@link DayChains} arrays written as they are in memory, so a
 * later load copies them back in bulk instead of decoding the Parquet file through DuckDB. The
 * Parquet file stays the data; this file is a cache, stamped with the Parquet file it was made from
 * and ignored when it no longer matches it or fails its checksum.
 *
 * <p>Layout, format 1, little-endian; every array starts on a multiple of 8 bytes (zero padding):
 *
 * <pre>
 *  0  8  magic "CNDRCOLS"
 *  8  4  format (1)
 * 12  4  which columns are present: bit i for column i below
 * 16 32  SHA-256 of quotes.parquet, as its manifest records it
 * 48  8  size of quotes.parquet, bytes            \ the stamp: a sidecar whose stamp differs
 * 56  8  last-modified of quotes.parquet, ms    / from the partition's is stale
 * 64  4  day, epoch day
 * 68  4  rows R      72  4  snapshots S      76  4  groups G      80  4  rejected rows
 * 84  1  the day's origin (0 observed, 1 estimated)      85  1  zero
 * 86  2  number of roots      88  4  bytes of the roots block      92  4  zero
 * 96     roots block: per root, a 2-byte length then its UTF-8 bytes
 *        columns 0-19 (an absent one takes no bytes):
 *         0 times long[S]  1 snapshotGroups int[S+1]  2 snapshotUnderlying int[S]
 *         3 groupRows int[G+1]  4 groupExpiry int[G]  5 groupRight byte[G]  6 strike int[R]
 *         7 root byte[R]  8 bid int[R]  9 ask int[R]  10 last int[R]  11 volume int[R]
 *        12 openInterest int[R]  13 iv  14 delta  15 gamma  16 theta  17 vega float[R]
 *        18 rowUnderlying int[R]  19 origin byte[R]
 * end-4  4  CRC32C of every byte before it
 * </pre>
 *
 * <p>Written to a temporary file in the same directory and renamed into place, so a reader sees a
 * whole file or none; not forced to disk (a file a crash truncates fails its length or checksum and
 * is rebuilt from the Parquet file).
 */
final class ColumnFiles {

  /** The sidecar's file name. */
  static final String NAME = "quotes.columns";
  static final int FORMAT = 1;

  private static final byte[] MAGIC = "CNDRCOLS".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = 96;
  /** Column element types, in {@link DayChains#columns()} order: long, int, float, byte. */
  private static final String TYPES = "JIIIIBIBIIIIIFFFFFIB";
  /** Column lengths: S snapshots, s snapshots + 1, G groups, g groups + 1, R rows. */
  private static final String LENGTHS = "SsSgGGRRRRRRRRRRRRRR";
  /** The columns every day has. */
  private static final int REQUIRED = 0b11_0111_1111;
  /** Read and write buffers kept for reuse (direct: the channel fills them without a copy). */
  private static final ArrayBlockingQueue<ByteBuffer> BUFFERS = new ArrayBlockingQueue<>(4);
  private static final int KEEP_BUFFERS_UP_TO = 64 << 20;

  private ColumnFiles() {}

  /**
   * What a sidecar was made from: the Parquet file's SHA-256 (hex, from its manifest), size and
   * modification time.
   */
  record Stamp(String sha256, long parquetSize, long parquetModifiedMillis) {}

  /** A sidecar that cannot be used: stale, or not a whole file this class wrote. */
  static final class Unusable extends IOException {
    private static final long serialVersionUID = 1L;

    Unusable(Path file, String why) {
      super(file + ": " + why);
    }
  }

  /**
   * Reads the day a sidecar holds.
   *
   * @throws java.nio.file.NoSuchFileException if there is none
   * @throws Unusable if it is stale (another stamp or day) or corrupt
   * @throws IOException if it cannot be read
   */
  static DayChains read(Path file, Stamp stamp, Underlying underlying, LocalDate day)
      throws IOException {
    ByteBuffer buf = null;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < HEADER + 4 || size > Integer.MAX_VALUE - 8) {
        throw new Unusable(file, "length " + size);
      }
      buf = borrow((int) size);
      while (buf.hasRemaining()) {
        if (ch.read(buf) < 0) {
          throw new Unusable(file, "shorter than its size");
        }
      }
      buf.flip();
      return parse(file, buf, stamp, underlying, day);
    } finally {
      if (buf != null) {
        giveBack(buf);
      }
    }
  }

  private static DayChains parse(Path file, ByteBuffer buf, Stamp stamp, Underlying underlying,
      LocalDate day) throws Unusable {
    byte[] magic = new byte[MAGIC.length];
    buf.get(0, magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new Unusable(file, "not a column file");
    }
    if (buf.getInt(8) != FORMAT) {
      throw new Unusable(file, "format " + buf.getInt(8) + ", not " + FORMAT);
    }
    byte[] sha = new byte[32];
    buf.get(16, sha);
    if (!Arrays.equals(sha, HexFormat.of().parseHex(stamp.sha256()))
        || buf.getLong(48) != stamp.parquetSize()
        || buf.getLong(56) != stamp.parquetModifiedMillis()
        || buf.getInt(64) != day.toEpochDay()) {
      throw new Unusable(file, "stale: made from another quotes.parquet");
    }
    int present = buf.getInt(12);
    int rows = buf.getInt(68);
    int snapshots = buf.getInt(72);
    int groups = buf.getInt(76);
    int rootCount = buf.getShort(86) & 0xFFFF;
    int rootBytes = buf.getInt(88);
    if ((present & REQUIRED) != REQUIRED || (present >>> TYPES.length()) != 0 || rows < 0
        || snapshots < 0 || groups < 0 || rootCount == 0 || rootBytes < 0
        || length(present, rows, snapshots, groups, rootBytes) != buf.limit()) {
      throw new Unusable(file, "its header does not match its length");
    }
    CRC32C crc = new CRC32C();
    crc.update(buf.slice(0, buf.limit() - 4));
    if ((int) crc.getValue() != buf.getInt(buf.limit() - 4)) {
      throw new Unusable(file, "checksum mismatch");
    }
    String[] roots = new String[rootCount];
    int at = HEADER;
    for (int i = 0; i < rootCount; i++) {
      int n = buf.getShort(at) & 0xFFFF;
      byte[] utf8 = new byte[n];
      buf.get(at + 2, utf8);
      roots[i] = new String(utf8, StandardCharsets.UTF_8).intern();
      at += 2 + n;
    }
    at = HEADER + align(rootBytes);
    Object[] c = new Object[TYPES.length()];
    for (int i = 0; i < c.length; i++) {
      if ((present & (1 << i)) == 0) {
        continue;
      }
      int n = count(i, rows, snapshots, groups);
      ByteBuffer slice = buf.slice(at, n * size(i)).order(ByteOrder.LITTLE_ENDIAN);
      switch (TYPES.charAt(i)) {
        case 'J' -> {
          long[] a = new long[n];
          slice.asLongBuffer().get(a);
          c[i] = a;
        }
        case 'I' -> {
          int[] a = new int[n];
          slice.asIntBuffer().get(a);
          c[i] = a;
        }
        case 'F' -> {
          float[] a = new float[n];
          slice.asFloatBuffer().get(a);
          c[i] = a;
        }
        default -> {
          byte[] a = new byte[n];
          slice.get(a);
          c[i] = a;
        }
      }
      at += align(n * size(i));
    }
    return new DayChains(underlying, day, (long[]) c[0], (int[]) c[1], (int[]) c[2],
        (int[]) c[3], (int[]) c[4], (byte[]) c[5], (int[]) c[6], roots, (byte[]) c[7],
        (int[]) c[8], (int[]) c[9], (int[]) c[10], (int[]) c[11], (int[]) c[12], (float[]) c[13],
        (float[]) c[14], (float[]) c[15], (float[]) c[16], (float[]) c[17], (int[]) c[18],
        (byte[]) c[19], buf.get(84), buf.getInt(80));
  }

  /**
   * Writes a day's sidecar: to a temporary file beside {@code file}, then renamed over it.
   *
   * @throws IOException if it cannot be written (the temporary file is removed)
   */
  static void write(DayChains day, Stamp stamp, Path file) throws IOException {
    Object[] c = day.columns();
    byte[][] roots = Arrays.stream(day.roots()).map(r -> r.getBytes(StandardCharsets.UTF_8))
        .toArray(byte[][]::new);
    int rootBytes = 0;
    for (byte[] r : roots) {
      if (r.length > 0xFFFF) {
        throw new IOException("an option root of " + r.length + " bytes");
      }
      rootBytes += 2 + r.length;
    }
    int present = 0;
    for (int i = 0; i < c.length; i++) {
      present |= c[i] == null ? 0 : 1 << i;
    }
    int rows = day.rows();
    int snapshots = day.snapshots();
    int groups = ((int[]) c[3]).length - 1;
    long length = length(present, rows, snapshots, groups, rootBytes);
    if (length > Integer.MAX_VALUE - 8) {
      throw new IOException("a day of " + length + " bytes is too large to cache");
    }
    ByteBuffer buf = borrow((int) length);
    try {
      buf.put(MAGIC).putInt(FORMAT).putInt(present).put(HexFormat.of().parseHex(stamp.sha256()))
          .putLong(stamp.parquetSize()).putLong(stamp.parquetModifiedMillis())
          .putInt((int) day.day().toEpochDay()).putInt(rows).putInt(snapshots).putInt(groups)
          .putInt(day.rejectedRows()).put(day.dayOrigin()).put((byte) 0)
          .putShort((short) roots.length).putInt(rootBytes).putInt(0);
      for (byte[] r : roots) {
        buf.putShort((short) r.length).put(r);
      }
      pad(buf);
      for (int i = 0; i < c.length; i++) {
        if (c[i] == null) {
          continue;
        }
        ByteBuffer slice = buf.slice().order(ByteOrder.LITTLE_ENDIAN);
        switch (TYPES.charAt(i)) {
          case 'J' -> slice.asLongBuffer().put((long[]) c[i]);
          case 'I' -> slice.asIntBuffer().put((int[]) c[i]);
          case 'F' -> slice.asFloatBuffer().put((float[]) c[i]);
          default -> slice.put((byte[]) c[i]);
        }
        buf.position(buf.position() + count(i, rows, snapshots, groups) * size(i));
        pad(buf);
      }
      CRC32C crc = new CRC32C();
      crc.update(buf.slice(0, buf.position()));
      buf.putInt((int) crc.getValue());
      buf.flip();
      Path tmp = file.resolveSibling("." + NAME + "-" + UUID.randomUUID() + ".tmp");
      try {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
      }
    } finally {
      giveBack(buf);
    }
  }

  /** The file's length for these counts: header, roots, columns, checksum. */
  private static long length(int present, int rows, int snapshots, int groups, int rootBytes) {
    long n = HEADER + align(rootBytes);
    for (int i = 0; i < TYPES.length(); i++) {
      if ((present & (1 << i)) != 0) {
        n += align((long) count(i, rows, snapshots, groups) * size(i));
      }
    }
    return n + 4;
  }

  private static int count(int column, int rows, int snapshots, int groups) {
    return switch (LENGTHS.charAt(column)) {
      case 'S' -> snapshots;
      case 's' -> snapshots + 1;
      case 'G' -> groups;
      case 'g' -> groups + 1;
      default -> rows;
    };
  }

  private static int size(int column) {
    return switch (TYPES.charAt(column)) {
      case 'J' -> 8;
      case 'B' -> 1;
      default -> 4;
    };
  }

  private static int align(int n) {
    return (n + 7) & ~7;
  }

  private static long align(long n) {
    return (n + 7) & ~7L;
  }

  private static void pad(ByteBuffer buf) {
    while ((buf.position() & 7) != 0) {
      buf.put((byte) 0);
    }
  }

  /** A little-endian buffer of {@code size} bytes (position 0, limit size), reused if one is kept. */
  private static ByteBuffer borrow(int size) {
    ByteBuffer b = BUFFERS.poll();
    if (b == null || b.capacity() < size) {
      int capacity = Math.max(size, b == null ? 0 : b.capacity());
      b = ByteBuffer.allocateDirect(Math.min(Integer.MAX_VALUE - 8,
          capacity + (capacity >> 3)));
    }
    b.clear().limit(size);
    return b.order(ByteOrder.LITTLE_ENDIAN);
  }

  private static void giveBack(ByteBuffer b) {
    if (b.capacity() <= KEEP_BUFFERS_UP_TO) {
      BUFFERS.offer(b);
    }
  }
}
