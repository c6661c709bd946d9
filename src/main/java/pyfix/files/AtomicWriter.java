package pyfix.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.concurrent.locks.Lock;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, which
 * then takes the file's place by rename, so a reader sees the old or the new content and a crash
 * leaves the old file whole.
 *
 * <p>A file with more than one hard link keeps its inode, so that every name sees the new content:
 * the complete temporary file is kept under a name that says so ({@link TempFiles}) while its bytes
 * are copied into the file, and a copy cut off by a crash is finished by the next run.
 */
public final class AtomicWriter {
  private AtomicWriter() {}

  /**
   * Replaces the content of the existing regular file {@code file}, keeping its permissions and,
   * where the process may set them, its owner and group; a file without owner write permission, or
   * that is not a regular file, is refused.
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    write(file, bytes, null);
  }

  /**
   * The same, unless the file no longer holds {@code read} (when not null), the bytes its new
   * content was made from: what another program wrote meanwhile is kept, and this is an error.
   */
  public static void write(Path file, byte[] bytes, byte[] read) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(file.toString(), null, "not a regular file");
    }
    PosixFileAttributes attributes = posixAttributes(file);
    // a rename could replace a read-only file; its owner marked it so to keep it as it is
    if (!Files.isWritable(file)
        || attributes != null
            && !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      throw new FileSystemException(file.toString(), null, "read-only file");
    }
    Lock writing = TempFiles.startWriting();
    Path temp = null;
    try {
      temp = TempFiles.create(file, "tmp");
      if (attributes != null) {
        copyAttributes(attributes, temp);
      }
      put(temp, bytes, StandardOpenOption.WRITE);
      if (read != null && !Arrays.equals(Files.readAllBytes(file), read)) {
        throw new FileSystemException(
            file.toString(), null, "it changed while pyfix worked on it; it is left as it is now");
      }
      if (links(file) > 1) {
        Path complete = TempFiles.renameComplete(temp);
        temp = null;
        try {
          overwrite(file, bytes);
        } catch (IOException | RuntimeException | Error e) {
          TempFiles.keep(complete); // the file may be cut off: the next run finishes the copy
          throw e;
        }
        TempFiles.done(complete);
      } else {
        move(temp, file);
      }
    } finally {
      try {
        if (temp != null) {
          TempFiles.done(temp);
        }
      } finally {
        writing.unlock();
      }
    }
  }

  /** Writes {@code bytes} over the content of {@code file}, in place, and syncs it. */
  static void overwrite(Path file, byte[] bytes) throws IOException {
    put(file, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static void put(Path file, byte[] bytes, OpenOption... options) throws IOException {
    try (FileChannel channel = FileChannel.open(file, options)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static int links(Path file) throws IOException {
    try {
      return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return 1; // a file system without link counts
    }
  }

  private static PosixFileAttributes posixAttributes(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    return view == null ? null : view.readAttributes();
  }

  private static void copyAttributes(PosixFileAttributes from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    try {
      view.setOwner(from.owner());
      view.setGroup(from.group());
    } catch (IOException e) {
      // only a privileged process may give a file away; the new file then stays ours
    }
    // after the owner, because changing the owner clears set-user-ID bits
    view.setPermissions(from.permissions());
  }

  private static void move(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // some file systems cannot rename atomically; a plain replace is the best they offer
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
