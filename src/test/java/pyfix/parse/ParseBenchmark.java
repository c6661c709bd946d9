package pyfix.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import pyfix.Corpus;
import pyfix.source.DecodingException;
import pyfix.source.SourceFile;

/**
 * Run by hand: prints tokenize+parse+check speed over the standard library in one JVM, the first
 * (cold) pass and the later (warm) ones. Arguments: [threads] [passes] [files...]; with files
 * given, parses only those.
 */
public final class ParseBenchmark {
  private ParseBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    long jvmStart = System.nanoTime();
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    if (files.isEmpty()) {
      files = Corpus.stdlibFiles();
    }
    List<String> texts = new ArrayList<>();
    long lines = 0;
    for (Path f : files) {
      try {
        String text = SourceFile.decode(Files.readAllBytes(f)).text();
        texts.add(text);
        lines += text.lines().count();
      } catch (DecodingException e) {
        // CPython rejects these too
      }
    }
    System.out.printf("%d files, %d lines, %d threads%n", texts.size(), lines, threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int pass = 1; pass <= passes; pass++) {
      long t0 = System.nanoTime();
      AtomicInteger next = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      List<Future<?>> jobs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        jobs.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                    try {
                      ParsedFile.parse(texts.get(i));
                    } catch (PyfixSyntaxException e) {
                      errors.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "pass %d (%s): %.2f s, %.0f lines/s, %d rejected%n",
          pass, pass == 1 ? "cold" : "warm", seconds, lines / seconds, errors.get());
    }
    pool.shutdown();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "total in main %.2f s, heap used %d MB%n",
        (System.nanoTime() - jvmStart) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
  }
}
