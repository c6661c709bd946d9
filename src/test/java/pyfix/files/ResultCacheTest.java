package pyfix.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results file: what a run stores is read by the next, renewed when used, pruned when not. */
class ResultCacheTest {
  private static final long DAY = ResultCache.DAY.toMillis();

  @TempDir Path tmp;
  private final AtomicLong clock = new AtomicLong(100 * DAY);

  private ResultCache cache() {
    return new ResultCache(tmp.resolve("cache"), "build", clock::get);
  }

  private static byte[] key(int n) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) n);
    return key;
  }

  @Test
  void aStoredPayloadIsReadByTheNextRunOnly() throws Exception {
    ResultCache first = cache();
    first.put(key(1), new byte[] {1, 2, 3});
    assertNull(cache().get(key(1)), "not written before the run ends");
    first.finish();
    assertArrayEquals(new byte[] {1, 2, 3}, bytes(cache().get(key(1))));
    assertNull(cache().get(key(2)));
    assertEquals(1, ResultCache.size(tmp.resolve("cache")));
  }

  @Test
  void onlyACacheARunHasWrittenToHasAnythingStored() throws Exception {
    ResultCache first = cache();
    assertFalse(first.anyStored(), "nothing stored yet: a first run looks nothing up");
    first.put(key(1), new byte[] {1});
    first.finish();
    assertTrue(cache().anyStored());
  }

  @Test
  void aPreloadedCacheAnswersAsALazyOne() throws Exception {
    ResultCache first = cache();
    first.put(key(1), new byte[] {4, 5});
    first.finish();
    ResultCache preloaded = cache();
    Thread reader = new Thread(preloaded::preload);
    reader.start();
    assertArrayEquals(new byte[] {4, 5}, bytes(preloaded.get(key(1)))); // during or after
    reader.join();
    assertArrayEquals(new byte[] {4, 5}, bytes(preloaded.get(key(1))));
    assertNull(preloaded.get(key(2)));
  }

  @Test
  void twoRunsAtOnceKeepEachOthersEntries() throws Exception {
    ResultCache one = cache();
    ResultCache two = cache();
    assertNull(two.get(key(1))); // two read the file before one wrote it
    one.put(key(1), new byte[] {1});
    two.put(key(2), new byte[] {2});
    one.finish();
    two.finish();
    assertArrayEquals(new byte[] {1}, bytes(cache().get(key(1))));
    assertArrayEquals(new byte[] {2}, bytes(cache().get(key(2))));
  }

  @Test
  void anEntryUsedWithinAWeekIsKeptAndOneUnusedIsPruned() throws Exception {
    ResultCache day0 = cache();
    day0.put(key(1), new byte[] {1});
    day0.put(key(2), new byte[] {2});
    day0.finish();
    clock.addAndGet(5 * DAY);
    ResultCache day5 = cache();
    assertArrayEquals(new byte[] {1}, bytes(day5.get(key(1))));
    day5.finish(); // renews key 1
    clock.addAndGet(5 * DAY);
    ResultCache day10 = cache();
    day10.put(key(3), new byte[] {3});
    day10.finish(); // writes: key 2, unused for ten days, is left out
    assertArrayEquals(new byte[] {1}, bytes(cache().get(key(1))));
    assertNull(cache().get(key(2)));
    assertEquals(2, ResultCache.size(tmp.resolve("cache")));
  }

  @Test
  void aDamagedFileIsEmptyNeverWrong() throws Exception {
    ResultCache cache = cache();
    cache.put(key(1), new byte[] {1, 2, 3, 4});
    cache.finish();
    Path results = tmp.resolve("cache/build/results");
    byte[] whole = Files.readAllBytes(results);
    for (int cut : new int[] {0, 5, whole.length / 2, whole.length - 1}) {
      Files.write(results, Arrays.copyOf(whole, cut));
      assertNull(cache().get(key(1)), "truncated to " + cut);
    }
    byte[] flipped = whole.clone();
    flipped[flipped.length - 6] ^= 1;
    Files.write(results, flipped);
    assertNull(cache().get(key(1)));
  }

  private static byte[] bytes(ByteBuffer payload) {
    byte[] out = new byte[payload.remaining()];
    payload.duplicate().get(out);
    return out;
  }
}
