package pyfix.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A project's cache folder ({@code .pyfix_cache/} by default): one small entry per key. The
 * caller's key covers everything a result depends on (the file's bytes, its settings and the pyfix
 * build), so an entry is never stale, only unused; its payload is the caller's encoded result.
 *
 * <p>Each entry is written to a temporary file and moved into place, so a reader sees a whole entry
 * or none, and two runs writing the same entry at once both succeed. An entry holds its own key and
 * a CRC-32C of key and payload: one that does not check out (truncated, zeroed, edited) is a miss,
 * never a hit. Every I/O error is a miss or a skipped write: the cache can make a run faster, never
 * fail it.
 *
 * <p>Pruning: an entry's modification time is the last day it was used (a hit older than a day
 * touches it). Once a day, at the end of a run, entries and other builds' folders unused for {@link
 * #UNUSED} are removed (the results of files since changed or deleted, and of older pyfix builds),
 * and so are the stamps of files that are gone and temporary files a killed run left.
 */
public final class ResultCache {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] MAGIC = "pyfix-cache 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HASH = 32;
  private static final int SUM = 4;

  /** The {@code .gitignore} that keeps the cache out of git, and marks a folder as a cache. */
  private static final String GITIGNORE = "# Created by pyfix automatically.\n*\n";

  /** Entries unused this long are removed. */
  static final Duration UNUSED = Duration.ofDays(7);

  /** How often a cache is pruned, and how stale an entry's time may grow before a hit renews it. */
  static final Duration DAY = Duration.ofDays(1);

  /** The file whose modification time says when the cache was last pruned. */
  private static final String PRUNED = "pruned";

  private final Path folder;
  private final Path entries;
  private final LongSupplier clock;
  private final FileStamps stamps;

  /** The cache in {@code folder}, with entries for {@code build} (pyfix's build key). */
  public ResultCache(Path folder, String build) {
    this(folder, build, System::currentTimeMillis);
  }

  /** The same, with {@code clock} (epoch milliseconds) for stamps and pruning. */
  ResultCache(Path folder, String build, LongSupplier clock) {
    this.folder = folder;
    this.entries = folder.resolve(build);
    this.clock = clock;
    this.stamps = new FileStamps(entries.resolve("stamps"), clock);
  }

  /** The stamps of the files read with this build, by which unchanged files are not read again. */
  public FileStamps stamps() {
    return stamps;
  }

  /** The payload {@link #put} stored under {@code key} (32 bytes), or null. */
  public byte[] get(byte[] key) {
    Path file = entry(key);
    byte[] entry;
    try {
      entry = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      return null; // absent, unreadable, or a folder where a file should be: a miss
    }
    int body = MAGIC.length + HASH;
    if (entry.length < body + SUM
        || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || !Arrays.equals(entry, MAGIC.length, body, key, 0, HASH)) {
      return null;
    }
    byte[] payload = Arrays.copyOfRange(entry, body, entry.length - SUM);
    byte[] sum = Arrays.copyOfRange(entry, entry.length - SUM, entry.length);
    if (!Arrays.equals(sum, checksum(key, payload))) {
      return null;
    }
    renew(file);
    return payload;
  }

  /** Marks an entry as used today, so that pruning keeps it. */
  private void renew(Path entry) {
    try {
      long now = clock.getAsLong();
      if (Files.getLastModifiedTime(entry).toMillis() < now - DAY.toMillis()) {
        Files.setLastModifiedTime(entry, FileTime.fromMillis(now));
      }
    } catch (IOException | RuntimeException e) {
      // an entry that cannot be renewed is pruned early: one more check of its file, later
    }
  }

  /**
   * Ends a run: saves the stamps it recorded and, once a day, prunes the cache. Nothing here fails
   * the run.
   */
  public void finish() {
    if (!Files.isDirectory(folder)) {
      return; // nothing was stored: no folder to create for the stamps
    }
    boolean prune = pruneDue();
    if (prune) {
      for (String path : stamps.paths()) {
        if (!Files.exists(Path.of(path))) {
          stamps.forget(path);
        }
      }
    }
    try {
      Files.createDirectories(entries);
      stamps.save(prune);
      if (prune) {
        prune();
      }
    } catch (IOException | RuntimeException e) {
      // the next run prunes or records again
    }
  }

  private boolean pruneDue() {
    Path marker = folder.resolve(PRUNED);
    try {
      if (Files.getLastModifiedTime(marker).toMillis() >= clock.getAsLong() - DAY.toMillis()) {
        return false;
      }
      Files.setLastModifiedTime(marker, FileTime.fromMillis(clock.getAsLong()));
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Removes entries, stamps and whole build folders unused for {@link #UNUSED}, and temporary files
   * older than a day (a run that was killed while writing).
   */
  private void prune() throws IOException {
    long now = clock.getAsLong();
    try (Stream<Path> builds = Files.list(folder)) {
      for (Path build : builds.filter(Files::isDirectory).toList()) {
        boolean current = build.equals(entries);
        Files.walkFileTree(
            build,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                  throws IOException {
                long age = now - attrs.lastModifiedTime().toMillis();
                boolean temp = file.getFileName().toString().endsWith(".tmp");
                boolean stampsInUse = current && file.getFileName().toString().equals("stamps");
                if (temp ? age > DAY.toMillis() : age > UNUSED.toMillis() && !stampsInUse) {
                  Files.deleteIfExists(file);
                }
                return FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                try (Stream<Path> left = Files.list(dir)) {
                  if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(dir);
                  }
                } catch (IOException gone) {
                  // another run pruned or wrote here meanwhile
                }
                return FileVisitResult.CONTINUE;
              }
            });
      }
    }
  }

  /** Stores {@code payload} under {@code key} (32 bytes); a write that fails is skipped. */
  public void put(byte[] key, byte[] payload) {
    if (key.length != HASH) {
      throw new IllegalArgumentException("a key is a SHA-256: " + key.length + " bytes");
    }
    Path entry = entry(key);
    Path temp = null;
    try {
      createFolder();
      Files.createDirectories(entry.getParent());
      temp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        out.write(MAGIC);
        out.write(key);
        out.write(payload);
        out.write(checksum(key, payload));
      }
      move(temp, entry);
      temp = null;
    } catch (IOException | RuntimeException e) {
      // read-only or full disk, or a file where the folder should be: run without the cache
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // a left temporary file is never read as an entry; `pyfix clean` removes it
        }
      }
    }
  }

  /**
   * Removes the cache folder; false when it was not there. A folder without the {@code .gitignore}
   * pyfix writes is refused, so that a mistaken {@code cache-dir} never deletes the user's files.
   */
  public static boolean clean(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    Path ignore = folder.resolve(".gitignore");
    if (!Files.isRegularFile(ignore) || !Files.readString(ignore).startsWith(GITIGNORE)) {
      throw new IOException("not a pyfix cache (no .gitignore written by pyfix); left alone");
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null && !(e instanceof NoSuchFileException)) {
              throw e;
            }
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
    return true;
  }

  /**
   * Creates the folder with a {@code .gitignore} that keeps all of it out of git, and the marker
   * whose time says when it was pruned last.
   */
  private void createFolder() throws IOException {
    Path ignore = folder.resolve(".gitignore");
    if (Files.exists(ignore)) {
      return;
    }
    Files.createDirectories(folder);
    Path marker = folder.resolve(PRUNED);
    if (!Files.exists(marker)) {
      Files.write(marker, new byte[0]);
      Files.setLastModifiedTime(marker, FileTime.fromMillis(clock.getAsLong()));
    }
    Path temp = Files.createTempFile(folder, "gitignore", ".tmp");
    try {
      Files.writeString(temp, GITIGNORE);
      move(temp, ignore);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private Path entry(byte[] key) {
    String hex = HEX.formatHex(key);
    return entries.resolve(hex.substring(0, 2)).resolve(hex.substring(2));
  }

  private static byte[] checksum(byte[] key, byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(key);
    crc.update(payload);
    return ByteBuffer.allocate(SUM).putInt((int) crc.getValue()).array();
  }
}
