package pyfix.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import pyfix.Corpus;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;

/**
 * Run by hand: reads, decodes, tokenizes, parses and checks the standard library (or the files
 * given) in one JVM and prints lines per second for the first, cold pass and the warm ones.
 * Arguments: {@code [threads] [passes] [files...]}. Run it with the launcher's JVM flags ({@code
 * -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}): with C2 the cold pass is 2-4x slower.
 */
public final class ParseBenchmark {
  private ParseBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    if (files.isEmpty()) {
      files = Corpus.stdlibFiles();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int pass = 1; pass <= passes; pass++) {
      long t0 = System.nanoTime();
      AtomicInteger next = new AtomicInteger();
      AtomicInteger rejected = new AtomicInteger();
      AtomicLong lines = new AtomicLong();
      List<Path> work = files;
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        jobs.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < work.size(); ) {
                    try {
                      String text = SourceFile.decode(Files.readAllBytes(work.get(i))).text();
                      lines.addAndGet(ParsedFile.parse(text).lines().lineCount());
                    } catch (DecodingException | PyfixSyntaxException e) {
                      rejected.incrementAndGet();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }
                }));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "pass %d (%s): %d files, %d lines, %d rejected, %d threads: %.2f s, %.0f lines/s%n",
          pass,
          pass == 1 ? "cold" : "warm",
          files.size(),
          lines.get(),
          rejected.get(),
          threads,
          seconds,
          lines.get() / seconds);
      if (pass == 1) {
        System.out.printf(
            "since JVM start: %d ms%n", ManagementFactory.getRuntimeMXBean().getUptime());
      }
    }
    pool.shutdown();
  }
}
