package pyfix.files;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The content hash of each file a run read, by the file's stamp (size, modification and change
 * time, inode), so that a later run can skip reading and hashing a file whose stamp is unchanged.
 *
 * <p>A stamp is only recorded once both its times are {@link #RACY_MILLIS} older than the moment
 * before the file was looked at (git's "racily clean" problem): a file written again within the
 * same clock tick, or within the 2 s granularity of FAT, keeps its size and times, so a young stamp
 * cannot tell two versions apart and such a file is read and hashed every time until it ages. A
 * write that restores the old modification time ({@code touch -d}, {@code cp -p}) still moves the
 * change time, which no user can set. Where the file system has no change time or inode (not Unix),
 * the stamp is size and modification time, as Black's and Ruff's caches use.
 *
 * <p>The stamps live in one file, written at the end of a run to a temporary file and moved into
 * place after merging what another run wrote meanwhile: a lost stamp is only a file read again.
 */
public final class FileStamps {
  /** How old a stamp's times must be to be trusted: FAT keeps times in steps of 2 s. */
  static final long RACY_MILLIS = 2_000;

  private static final byte[] MAGIC = "pyfix-stamps 1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HASH = 32;

  private final Path file;
  private final LongSupplier clock;
  private final Map<String, Entry> known = new ConcurrentHashMap<>();
  private final Map<String, Entry> added = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  /** A size, two times in nanoseconds (-1 when absent) and an inode (-1 when absent). */
  public record Stamp(long size, long modified, long changed, long inode) {
    // written out: a record's own equals builds method handles on first use, which costs a
    // cached run, whose every file is compared, about 15 ms of start-up time
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s
          && size == s.size
          && modified == s.modified
          && changed == s.changed
          && inode == s.inode;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(((size * 31 + modified) * 31 + changed) * 31 + inode);
    }
  }

  private record Entry(Stamp stamp, byte[] hash) {}

  /** The stamps kept in {@code file}, judged young against {@code clock} (epoch milliseconds). */
  FileStamps(Path file, LongSupplier clock) {
    this.file = file;
    this.clock = clock;
  }

  /** The stamps kept in {@code file}, judged young against the system clock. */
  public static FileStamps at(Path file) {
    return new FileStamps(file, System::currentTimeMillis);
  }

  /** Reads the stamps now rather than at the first lookup (see {@link ResultCache#preload}). */
  public void preload() {
    load();
  }

  /** The current time, taken before {@link #stamp}, for {@link #record}. */
  public long now() {
    return clock.getAsLong();
  }

  /** The stamp of {@code path}, following links as reading it does. */
  public static Stamp stamp(Path path) throws IOException {
    try {
      Map<String, Object> unix = Files.readAttributes(path, "unix:size,lastModifiedTime,ctime,ino");
      return new Stamp(
          (Long) unix.get("size"),
          nanos((FileTime) unix.get("lastModifiedTime")),
          nanos((FileTime) unix.get("ctime")),
          (Long) unix.get("ino"));
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class);
      return new Stamp(basic.size(), nanos(basic.lastModifiedTime()), -1, -1);
    }
  }

  /** The hash recorded for {@code path} with exactly {@code stamp}, or null. */
  public byte[] hashOf(String path, Stamp stamp) {
    load();
    Entry e = known.get(path);
    return e != null && e.stamp().equals(stamp) ? e.hash() : null;
  }

  /**
   * Records that {@code path} with {@code stamp}, taken after {@code before} ({@link #now}), held
   * bytes of {@code hash}; a stamp too young to be trusted is not recorded.
   */
  public void record(String path, Stamp stamp, byte[] hash, long before) {
    long limit = TimeUnit.MILLISECONDS.toNanos(before - RACY_MILLIS);
    boolean old = stamp.modified() < limit && stamp.changed() < limit;
    // a name that did not decode could be the name of another file too
    if (old && hash.length == HASH && path.indexOf('\uFFFD') < 0) {
      Entry e = new Entry(stamp, hash.clone());
      known.put(path, e);
      added.put(path, e);
    }
  }

  /** Forgets {@code path}'s stamp, e.g. of a file that is gone. */
  void forget(String path) {
    load();
    known.remove(path);
  }

  /** The paths with a stamp. */
  Iterable<String> paths() {
    load();
    return known.keySet();
  }

  /** Writes the stamps when this run recorded any, merged with those another run wrote since. */
  public void save() {
    save(false);
  }

  /**
   * Writes the stamps when this run recorded or forgot any, merged with those another run wrote
   * since; {@code pruned} writes them without the forgotten ones. A failed write is skipped.
   */
  void save(boolean pruned) {
    if (added.isEmpty() && !pruned) {
      return;
    }
    Map<String, Entry> all = pruned ? new HashMap<>(known) : read();
    all.putAll(added);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(all.size());
      for (Map.Entry<String, Entry> e : all.entrySet()) {
        byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
        Stamp s = e.getValue().stamp();
        out.writeInt(name.length);
        out.write(name);
        out.writeLong(s.size());
        out.writeLong(s.modified());
        out.writeLong(s.changed());
        out.writeLong(s.inode());
        out.write(e.getValue().hash());
      }
      ChecksummedFile.write(file, bytes.toByteArray());
      added.clear();
    } catch (IOException | RuntimeException e) {
      // a read-only or full disk: the next run reads and hashes those files again
    }
  }

  private void load() {
    if (!loaded) {
      synchronized (this) {
        if (!loaded) {
          known.putAll(read());
          loaded = true;
        }
      }
    }
  }

  /** The stamps in the file; none when it is absent or does not check out. */
  private Map<String, Entry> read() {
    Map<String, Entry> entries = new HashMap<>();
    ByteBuffer in = ChecksummedFile.read(file, MAGIC);
    if (in == null) {
      return entries;
    }
    try {
      for (int i = in.getInt(); i > 0; i--) {
        byte[] name = new byte[in.getInt()];
        in.get(name);
        Stamp s = new Stamp(in.getLong(), in.getLong(), in.getLong(), in.getLong());
        byte[] hash = new byte[HASH];
        in.get(hash);
        entries.put(new String(name, StandardCharsets.UTF_8), new Entry(s, hash));
      }
    } catch (RuntimeException e) {
      entries.clear(); // the checksum held, but the layout does not: trust none of it
    }
    return entries;
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }
}
