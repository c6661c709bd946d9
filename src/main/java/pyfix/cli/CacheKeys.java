package pyfix.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import pyfix.Pyfix;
import pyfix.files.FileStamps;
import pyfix.fix.Settings;

/**
 * The cache keys of {@link pyfix.files.ResultCache}: a SHA-256 of pyfix's build, every setting a
 * file is checked with, the kind of file, and its bytes.
 *
 * <p>The build key hashes the code itself, not the version string, because rules change under one
 * version while pyfix is developed: the jar's bytes, or, when running from a classes folder (tests,
 * an IDE), every class file's name, size and modification time.
 */
final class CacheKeys {
  private final String build;

  /** The stamps of the jar the build key was hashed from, or null. */
  private final FileStamps builds;

  /**
   * Each settings object keyed so far (by identity: equal settings of two projects are two
   * entries), with its description and the digests of that by variant (stub, package {@code
   * __init__.py}, notebook), so that a file's key needs neither its settings hashed deeply nor
   * compared (a cached run does little else per file; a record's first {@code hashCode} or {@code
   * equals} also links a call site, which costs start-up time). Shared by the workers: describing
   * settings walks them by reflection, which costs a cached run more the more often it is done.
   */
  private final Map<Settings, Described> memo = new IdentityHashMap<>();

  /**
   * The {@link #canonical} text of each part of the settings described so far, by identity: the
   * settings of a project's folders differ in a part or two and share the rest (a stdlib check has
   * 61 of them, and describing each whole cost its cached run 0.1 s of the workers' time).
   */
  private final Map<Object, String> parts = new IdentityHashMap<>();

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(CacheKeys::sha256);

  /**
   * Looks up the SHA-256 implementation on a thread of its own, while the caller reads settings:
   * the first lookup starts Java's security providers, about 10 ms of a cached run's critical path.
   */
  static void warmUp() {
    Thread t = new Thread(CacheKeys::sha256, "pyfix-digest");
    t.setDaemon(true);
    t.start();
  }

  /** Keys for the build {@code build}; {@link #current} outside tests. */
  CacheKeys(String build) {
    this(build, null);
  }

  private CacheKeys(String build, FileStamps builds) {
    this.build = build;
    this.builds = builds;
  }

  /** Keys for the code this process runs; null when its code cannot be found to hash. */
  static CacheKeys current() {
    return current(null);
  }

  /**
   * The same, for the cache in {@code folder}, whose stamps spare hashing an unchanged jar on every
   * run (its 5 MB cost more than a cached run's other work); null folder: no stamps.
   */
  static CacheKeys current(Path folder) {
    Path code = Build.CODE;
    if (code == null) {
      return null;
    }
    if (Files.isDirectory(code)) {
      String key = Build.classesKey();
      return key == null ? null : new CacheKeys(key);
    }
    return ofJar(code, folder);
  }

  /** Keys for the code in {@code jar}, whose stamp is kept in the cache in {@code folder}. */
  static CacheKeys ofJar(Path jar, Path folder) {
    FileStamps builds = folder == null ? null : FileStamps.at(folder.resolve("builds"));
    String key = buildKey(jar, builds);
    return key == null ? null : new CacheKeys(key, builds);
  }

  /**
   * Writes the jar's stamp once more at the end of a run: the first run into a new cache records it
   * before the cache's folder exists, and the second would otherwise hash the jar again.
   */
  void finish() {
    if (builds != null) {
      builds.save();
    }
  }

  /** The build key, which names the cache's folder of entries. */
  String build() {
    return build;
  }

  /** The SHA-256 of a file's bytes, which {@link #of} keys and {@link FileStamps} remember. */
  static byte[] contentHash(byte[] bytes) {
    return sha256().digest(bytes);
  }

  /**
   * The key of a file named {@code name} whose bytes have {@link #contentHash} {@code content},
   * checked with {@code settings}, its fixes {@code verified} or not.
   */
  byte[] of(String name, Settings settings, byte[] content, boolean verified) {
    // the settings a file is checked with differ from its project's only in these three
    Settings forFile = settings.forFile(name);
    boolean notebook = NotebookProcessor.handles(name);
    int variant =
        (forFile.stub() ? 1 : 0)
            | (forFile.packageInit() ? 2 : 0)
            | (notebook ? 4 : 0)
            | (verified ? 8 : 0);
    MessageDigest digest = SHA256.get();
    digest.update(described(settings, variant));
    digest.update(content);
    return digest.digest();
  }

  /** The digest of {@code settings} in {@code variant}, described once per settings object. */
  private byte[] described(Settings settings, int variant) {
    synchronized (memo) {
      Described d = memo.computeIfAbsent(settings, s -> new Described(canonical(s, parts)));
      if (d.byVariant[variant] == null) {
        d.byVariant[variant] =
            sha256()
                .digest(
                    (build + "\n" + variant + "\n" + d.canonical + "\n")
                        .getBytes(StandardCharsets.UTF_8));
      }
      return d.byVariant[variant];
    }
  }

  /** A settings object's {@link #canonical} text and its digests by variant. */
  private static final class Described {
    final String canonical;
    final byte[][] byVariant = new byte[16][];

    Described(String canonical) {
      this.canonical = canonical;
    }
  }

  /**
   * A text that names every value in {@code value}: record components by name, lists in order, sets
   * sorted and maps by sorted key (their iteration order differs between runs). A type it does not
   * know is an error, so that a new kind of setting cannot be left out of the key silently.
   */
  static String canonical(Object value) {
    return canonical(value, new IdentityHashMap<>());
  }

  /** The same, taking the text of a record or collection from {@code described} once known. */
  private static String canonical(Object value, Map<Object, String> described) {
    if (value instanceof String || value instanceof Path) {
      // quoted, so that no text inside can pass for the separators around it
      return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
    if (value == null
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof Enum<?>) {
      return String.valueOf(value);
    }
    String known = described.get(value);
    if (known != null) {
      return known;
    }
    String text = composite(value, described);
    described.put(value, text);
    return text;
  }

  private static String composite(Object value, Map<Object, String> described) {
    if (value instanceof Record r) {
      StringBuilder b = new StringBuilder(r.getClass().getSimpleName()).append('(');
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        b.append(c.getName()).append('=').append(canonical(component(r, c), described)).append(';');
      }
      return b.append(')').toString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> canonical(v, described)).toList().toString();
    }
    if (value instanceof Set<?> set) {
      return new TreeSet<>(set.stream().map(v -> canonical(v, described)).toList()).toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(canonical(k, described), canonical(v, described)));
      return sorted.toString();
    }
    throw new IllegalArgumentException(
        "no cache key for a setting of type " + value.getClass().getName());
  }

  private static Object component(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read setting " + c.getName(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * The build key of the code at {@code code}: a jar's bytes, or a classes folder's file names,
   * sizes and modification times; null when it cannot be read.
   */
  static String buildKey(Path code) {
    return buildKey(code, null);
  }

  /** The same, taking a jar's hash from {@code stamps} (or null) while the jar is unchanged. */
  private static String buildKey(Path code, FileStamps stamps) {
    MessageDigest digest = sha256();
    try {
      if (Files.isDirectory(code)) {
        try (Stream<Path> files = Files.walk(code)) {
          for (Path p : files.sorted().toList()) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            String line = code.relativize(p) + " " + a.size() + " " + a.lastModifiedTime() + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
          }
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
      }
      String where = code.toAbsolutePath().toString();
      long before = stamps == null ? 0 : stamps.now();
      FileStamps.Stamp stamp = FileStamps.stamp(code);
      byte[] hash = stamps == null ? null : stamps.hashOf(where, stamp);
      if (hash == null) {
        try (InputStream in = Files.newInputStream(code)) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
          }
        }
        hash = digest.digest();
        if (stamps != null) {
          stamps.record(where, stamp, hash, before);
          stamps.save(); // for a run beside this one; fails while the folder is missing
        }
      }
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (IOException | RuntimeException e) {
      return null; // no build key, so no cache: a result is never taken from another build
    }
  }

  /** The code this process runs, and the build key of a classes folder. */
  private static final class Build {
    private static final Path CODE = locate();
    private static volatile String classesKey;

    /** Tests and IDEs: the walk of the classes is cheap enough, but once per process. */
    static String classesKey() {
      if (classesKey == null) {
        classesKey = buildKey(CODE);
      }
      return classesKey;
    }

    private static Path locate() {
      try {
        return Path.of(Pyfix.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      } catch (URISyntaxException | RuntimeException e) {
        return null;
      }
    }
  }
}
