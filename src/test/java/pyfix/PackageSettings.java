package pyfix;

import org.approvaltests.core.ApprovalFailureReporter;
import org.approvaltests.reporters.QuietReporter;

/**
 * ApprovalTests settings for pyfix's tests: approved files in approvals/, no diff tool popping up.
 */
public class PackageSettings {
  public static String UseApprovalSubdirectory = "approvals";
  public static ApprovalFailureReporter UseReporter = new QuietReporter();
}
