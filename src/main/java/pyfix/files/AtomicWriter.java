package pyfix.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder, which
 * then takes the file's place by rename, so a reader sees the old or the new content and a crash
 * leaves the old file whole.
 */
public final class AtomicWriter {
  private AtomicWriter() {}

  /**
   * Replaces the content of the existing regular file {@code file}, keeping its permissions and,
   * where the process may set them, its owner and group; a file without owner write permission is
   * refused.
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    PosixFileAttributes attributes = posixAttributes(file);
    // a rename could replace a read-only file; its owner marked it so to keep it as it is
    if (!Files.isWritable(file)
        || attributes != null
            && !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
      throw new FileSystemException(file.toString(), null, "read-only file");
    }
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".pyfix-tmp");
    try {
      if (attributes != null) {
        copyAttributes(attributes, temp);
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      move(temp, file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
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
