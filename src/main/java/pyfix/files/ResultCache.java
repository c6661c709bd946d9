package pyfix.files;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * A project's cache folder ({@code .pyfix_cache/} by default): results by key, in one file per
 * pyfix build that a run reads at once and writes at its end. The caller's key covers everything a
 * result depends on (the file's bytes, its settings and the pyfix build), so an entry is never
 * stale, only unused; its payload is the caller's encoded result.
 *
 * <p>The file is written to a temporary file and moved into place, merged with what another run
 * wrote meanwhile, so a reader sees a whole file or the one before it. It holds a CRC-32C of all
 * its bytes: a file that does not check out (truncated, zeroed, edited) is read as empty, so every
 * lookup is a miss, never a wrong hit. Every I/O error is a miss or a skipped write: the cache can
 * make a run faster, never fail it.
 *
 * <p>Pruning: each entry keeps the last day it was used (a hit on an older day renews it, which is
 * the only reason a run that stored nothing writes the file). Entries unused for {@link #UNUSED}
 * are left out when the file is written; once a day, at the end of a run, other builds' folders
 * unused that long are removed, and so are the stamps of files that are gone and temporary files a
 * killed run left.
 */
public final class ResultCache {
  private static final byte[] MAGIC = "pyfix-results 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HASH = 32;

  /** The {@code .gitignore} that keeps the cache out of git, and marks a folder as a cache. */
  private static final String GITIGNORE = "# Created by pyfix automatically.\n*\n";

  /** Entries unused this long are removed. */
  static final Duration UNUSED = Duration.ofDays(7);

  /** How often a cache is pruned, and how stale an entry's day may grow before a hit renews it. */
  static final Duration DAY = Duration.ofDays(1);

  /** The file whose modification time says when the cache was last pruned. */
  private static final String PRUNED = "pruned";

  /** The file of a build's results. */
  private static final String RESULTS = "results";

  private final Path folder;
  private final Path build;
  private final LongSupplier clock;
  private final FileStamps stamps;

  /** The entries read from the file, by key; loaded by the first lookup. */
  private volatile Map<Key, Entry> known;

  /** The entries this run stored or renewed, written by {@link #finish}. */
  private final Map<Key, Entry> added = new ConcurrentHashMap<>();

  /** Whether an earlier run stored results for this build ({@link #anyStored}). */
  private volatile Boolean stored;

  /** The cache in {@code folder}, with entries for {@code build} (pyfix's build key). */
  public ResultCache(Path folder, String build) {
    this(folder, build, System::currentTimeMillis);
  }

  /** The same, with {@code clock} (epoch milliseconds) for stamps and pruning. */
  ResultCache(Path folder, String build, LongSupplier clock) {
    this.folder = folder;
    this.build = folder.resolve(build);
    this.clock = clock;
    this.stamps = new FileStamps(this.build.resolve("stamps"), clock);
  }

  /** The stamps of the files read with this build, by which unchanged files are not read again. */
  public FileStamps stamps() {
    return stamps;
  }

  /**
   * Whether an earlier run stored results for this build: without them no lookup can succeed, and a
   * first run need not try one per file.
   */
  public boolean anyStored() {
    if (stored == null) {
      stored = Files.isRegularFile(build.resolve(RESULTS));
    }
    return stored;
  }

  /**
   * The payload {@link #put} stored under {@code key} (32 bytes), or null: a view of the bytes
   * read, which the caller reads and never writes (a warm run reads every file's payload, and
   * copying them cost more than decoding them).
   */
  public ByteBuffer get(byte[] key) {
    Key k = new Key(key);
    Entry e = added.get(k);
    if (e == null) {
      e = known().get(k);
      if (e != null && e.day() < today()) {
        added.put(k, e.usedOn(today())); // renewed, so that pruning keeps it
      }
    }
    return e == null ? null : e.payload();
  }

  /** Stores {@code payload} under {@code key} (32 bytes); {@link #finish} writes it. */
  public void put(byte[] key, byte[] payload) {
    if (key.length != HASH) {
      throw new IllegalArgumentException("a key is a SHA-256: " + key.length + " bytes");
    }
    added.put(new Key(key.clone()), Entry.of(payload, today()));
  }

  /**
   * Ends a run: writes the entries it stored or renewed and the stamps it recorded and, once a day,
   * prunes the cache. Nothing here fails the run.
   */
  public void finish() {
    try {
      if (!added.isEmpty()) {
        createFolder();
      }
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
      Files.createDirectories(build);
      if (!added.isEmpty() || prune) {
        writeResults();
      }
      stamps.save(prune);
      if (prune) {
        prune();
      }
    } catch (IOException | RuntimeException e) {
      // read-only or full disk, or a file where the folder should be: the next run checks again
    }
  }

  /** The number of entries of every build in {@code folder}, as the next run would read them. */
  public static int size(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int size = 0;
    try (Stream<Path> builds = Files.list(folder)) {
      for (Path b : builds.filter(Files::isDirectory).toList()) {
        size += read(b.resolve(RESULTS)).size();
      }
    }
    return size;
  }

  /**
   * Reads the stored results and file stamps now, which the first lookup would otherwise do while
   * the other workers wait: a run calls this on a thread of its own while it looks for the files.
   */
  public void preload() {
    known();
    stamps.preload();
  }

  private Map<Key, Entry> known() {
    if (known == null) {
      synchronized (this) {
        if (known == null) {
          known = read(build.resolve(RESULTS));
        }
      }
    }
    return known;
  }

  /**
   * Writes this run's entries, merged with those in the file now (another run may have written it
   * since this one read it), leaving out those unused for {@link #UNUSED}.
   */
  private void writeResults() throws IOException {
    Path file = build.resolve(RESULTS);
    Map<Key, Entry> all = read(file);
    all.putAll(added);
    long oldest = today() - UNUSED.toDays();
    all.values().removeIf(e -> e.day() < oldest);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(all.size());
      for (Map.Entry<Key, Entry> e : all.entrySet()) {
        Entry entry = e.getValue();
        out.write(e.getKey().bytes());
        out.writeInt(entry.day());
        out.writeInt(entry.length());
        out.write(entry.bytes(), entry.offset(), entry.length());
      }
    }
    ChecksummedFile.write(file, bytes.toByteArray());
    added.clear();
  }

  /** The entries in {@code file}; none when it is absent or does not check out. */
  private static Map<Key, Entry> read(Path file) {
    Map<Key, Entry> entries = new HashMap<>();
    ByteBuffer in = ChecksummedFile.read(file, MAGIC);
    if (in == null) {
      return entries;
    }
    try {
      for (int i = in.getInt(); i > 0; i--) {
        byte[] key = new byte[HASH];
        in.get(key);
        int day = in.getInt();
        int length = in.getInt();
        entries.put(new Key(key), new Entry(in.array(), in.position(), length, day));
        in.position(in.position() + length);
      }
    } catch (RuntimeException e) {
      entries.clear(); // the checksum held, but the layout does not: trust none of it
    }
    return entries;
  }

  private int today() {
    return (int) (clock.getAsLong() / DAY.toMillis());
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
   * Removes other builds' folders unused for {@link #UNUSED}, and temporary files older than a day
   * (a run that was killed while writing).
   */
  private void prune() throws IOException {
    long now = clock.getAsLong();
    try (Stream<Path> builds = Files.list(folder)) {
      for (Path other : builds.filter(Files::isDirectory).toList()) {
        boolean current = other.equals(build);
        Files.walkFileTree(
            other,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                  throws IOException {
                long age = now - attrs.lastModifiedTime().toMillis();
                boolean temp = file.getFileName().toString().endsWith(".tmp");
                if (temp ? age > DAY.toMillis() : !current && age > UNUSED.toMillis()) {
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

  /** A SHA-256 key, compared by its bytes. */
  private record Key(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }

  /** A payload, as a slice of the bytes it was read from, and the last day it was used. */
  private record Entry(byte[] bytes, int offset, int length, int day) {
    static Entry of(byte[] payload, int day) {
      return new Entry(payload, 0, payload.length, day);
    }

    ByteBuffer payload() {
      return ByteBuffer.wrap(bytes, offset, length);
    }

    Entry usedOn(int today) {
      return new Entry(bytes, offset, length, today);
    }
  }
}
