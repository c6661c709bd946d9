package pyfix;

import java.io.File;
import java.nio.file.Path;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Names approved files after their testdata input: {@code testdata/W291/basic.py} is approved by
 * {@code testdata/W291/basic.approved.py} (or {@code basic.unsafe.approved.py} for the unsafe run).
 */
final class TestdataNamer implements ApprovalNamer {
  private final Path input;
  private final String variant;
  private String additionalInformation;

  /**
   * A namer for {@code input}; {@code variant} is "" or ".unsafe"; {@code additionalInformation}
   * must be the one of the options it replaces, as JupiterApprovals checks.
   */
  TestdataNamer(Path input, String variant, String additionalInformation) {
    this.input = input;
    this.variant = variant;
    this.additionalInformation = additionalInformation;
  }

  @Override
  public String getApprovalName() {
    String file = input.getFileName().toString();
    return file.substring(0, file.length() - ".py".length()) + variant;
  }

  @Override
  public String getSourceFilePath() {
    return input.toAbsolutePath().getParent() + File.separator;
  }

  @Override
  public File getApprovedFile(String extensionWithDot) {
    return new File(getSourceFilePath() + getApprovalName() + ".approved" + extensionWithDot);
  }

  @Override
  public File getReceivedFile(String extensionWithDot) {
    return new File(getSourceFilePath() + getApprovalName() + ".received" + extensionWithDot);
  }

  @Override
  public ApprovalNamer addAdditionalInformation(String info) {
    additionalInformation = additionalInformation + "." + info;
    return this;
  }

  @Override
  public String getAdditionalInformation() {
    return additionalInformation;
  }
}
