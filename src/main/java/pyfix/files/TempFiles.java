package pyfix.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicWriter} puts beside a file, {@code .NAME.PID-N.pyfix-tmp} while
 * they are written and {@code .NAME.PID-N.pyfix-new} once complete (for a hard-linked NAME, whose
 * content is then copied in place). The process id in the name tells a later run which ones are
 * left over from a process that is gone.
 *
 * <p>On SIGTERM and SIGINT the JVM runs shutdown hooks: the hook here waits for the write in
 * progress to finish, stops new ones and removes what is left. A {@code kill -9} runs no hook; the
 * next {@code fix} calls {@link #recover} on what it found.
 */
public final class TempFiles {
  private static final Pattern OURS = Pattern.compile("\\.(.+)\\.(\\d+)-\\d+\\.pyfix-(tmp|new)");
  private static final long PID = ProcessHandle.current().pid();

  /**
   * Before process ids, {@code .NAME.DIGITS.pyfix-tmp} (the JDK's random temporary names): no
   * process to ask, so one is removed once it is older than any write takes.
   */
  private static final Pattern OLD = Pattern.compile("\\.(.+)\\.\\d+\\.pyfix-tmp");

  private static final long OLD_AFTER_MILLIS = TimeUnit.MINUTES.toMillis(10);

  /** Writers hold the read lock; the shutdown hook takes the write lock, then removes. */
  private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();

  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
  private static volatile boolean closing;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(new Cleanup(), "pyfix-cleanup"));
  }

  private TempFiles() {}

  /** Whether {@code fileName} is one of our temporary files' names. */
  public static boolean ours(String fileName) {
    return OURS.matcher(fileName).matches() || OLD.matcher(fileName).matches();
  }

  /** Our temporary files for {@code file}, as left beside it, for {@link #recover}. */
  public static void addLeftoversOf(Path file, Set<Path> leftovers) throws IOException {
    Path dir = file.getParent();
    String glob = "." + escapeGlob(file.getFileName().toString()) + ".*.pyfix-*";
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, glob)) {
      for (Path p : found) {
        if (ours(p.getFileName().toString())) {
          leftovers.add(p);
        }
      }
    }
  }

  private static String escapeGlob(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  /**
   * Removes those of {@code leftovers} whose process is gone. A complete copy ({@code .pyfix-new})
   * whose file still holds only the start of it was cut off while copied in place: the copy is
   * finished first.
   */
  public static void recover(Iterable<Path> leftovers) {
    for (Path leftover : leftovers) {
      if (OLD.matcher(leftover.getFileName().toString()).matches()) {
        removeIfOld(leftover);
        continue;
      }
      Matcher m = OURS.matcher(leftover.getFileName().toString());
      if (!m.matches() || alive(Long.parseLong(m.group(2)))) {
        continue;
      }
      try {
        Path file = leftover.resolveSibling(m.group(1));
        if (m.group(3).equals("new") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          byte[] complete = Files.readAllBytes(leftover);
          byte[] now = Files.readAllBytes(file);
          if (now.length < complete.length
              && Arrays.equals(now, 0, now.length, complete, 0, now.length)) {
            AtomicWriter.overwrite(file, complete);
          }
        }
        Files.deleteIfExists(leftover);
      } catch (IOException e) {
        // a leftover we cannot remove does no harm; the next run tries again
      }
    }
  }

  private static void removeIfOld(Path leftover) {
    try {
      long age =
          System.currentTimeMillis()
              - Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).toMillis();
      if (age > OLD_AFTER_MILLIS) {
        Files.deleteIfExists(leftover);
      }
    } catch (IOException e) {
      // the next run tries again
    }
  }

  private static boolean alive(long pid) {
    return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Holds off the cleanup while a write is in progress; refused once the process is stopping. */
  static Lock startWriting() throws IOException {
    Lock lock = LOCK.readLock();
    lock.lock();
    if (closing) {
      lock.unlock();
      throw new IOException("pyfix is stopping");
    }
    return lock;
  }

  /** A new, empty temporary file beside {@code file}, removed at exit unless {@link #done}. */
  static Path create(Path file, String state) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp =
        Files.createTempFile(dir, "." + file.getFileName() + "." + PID + "-", ".pyfix-" + state);
    OPEN.add(temp);
    return temp;
  }

  /** {@code temp} under its complete name: the same name ending {@code .pyfix-new}. */
  static Path renameComplete(Path temp) throws IOException {
    String name = temp.getFileName().toString();
    Path complete = temp.resolveSibling(name.substring(0, name.length() - 3) + "new");
    OPEN.add(complete);
    Files.move(temp, complete);
    OPEN.remove(temp);
    return complete;
  }

  /** Forgets {@code temp}, deleting it if it is still there. */
  static void done(Path temp) throws IOException {
    try {
      Files.deleteIfExists(temp);
    } finally {
      OPEN.remove(temp);
    }
  }

  /** Leaves {@code temp} in place at exit, for the next run's {@link #recover}. */
  static void keep(Path temp) {
    OPEN.remove(temp);
  }

  /** Waits for the write in progress, then removes the temporary files left. */
  private static final class Cleanup implements Runnable {
    @Override
    public void run() {
      Lock lock = LOCK.writeLock();
      try {
        boolean locked = lock.tryLock(5, TimeUnit.SECONDS);
        closing = true;
        for (Path temp : OPEN) {
          // a complete copy of a write still in progress is what the next run recovers from
          if (locked || temp.toString().endsWith("tmp")) {
            Files.deleteIfExists(temp);
          }
        }
        if (locked) {
          lock.unlock();
        }
      } catch (IOException | InterruptedException e) {
        // the process is ending; the next run removes what is left
      }
    }
  }
}
