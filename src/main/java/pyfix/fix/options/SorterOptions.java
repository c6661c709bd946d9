package pyfix.fix.options;

import java.util.List;
import java.util.Map;

/**
 * How I001 orders and prints an import block: the options isort and Ruff's isort rules share, read
 * by the {@code config} package from whichever of the two the project uses.
 *
 * @param style whose output to reproduce where isort and Ruff differ
 * @param lineLength the width imports wrap at, or 0 for the run's line length
 * @param forceSingleLine one name per {@code from} import statement
 * @param singleLineExclusions modules that {@code forceSingleLine} leaves alone
 * @param forceSortWithinSections order {@code import} and {@code from} lines together, by module
 * @param orderByType names in a {@code from} import as CONSTANTS, Classes, then the rest; under
 *     isort's force-sort-within-sections, its lines compared with case
 * @param alphabeticalNames isort's {@code force_alphabetical_sort_within_sections}: names in a
 *     {@code from} import case-insensitively and by no type, whatever {@code orderByType} says
 * @param caseSensitive compare names with case (else case-insensitively)
 * @param combineAsImports let {@code x as y} share a statement with other names of its module
 * @param forceWrapAliases wrap a {@code from} import holding an {@code as} name, one name a line
 * @param linesAfterImports blank lines after a module-level block, or -1 for the tool's automatic
 *     choice
 * @param linesBetweenTypes blank lines between the {@code import} and {@code from} lines of a
 *     section
 * @param knownLocalFolder modules sorted into the local-folder section
 * @param extraStandardLibrary modules sorted into the standard-library section
 * @param standardLibrary isort's {@code known_standard_library}, which replaces its own list of the
 *     standard library's modules; null for that list
 * @param sectionOrder the section ids ({@code future}, {@code standard-library}, {@code
 *     third-party}, {@code first-party}, {@code local-folder}) in output order
 * @param noLinesBefore section ids printed with no blank line before them
 * @param closestRelativeFirst sort {@code from . import} before {@code from .. import}
 * @param splitOnTrailingComma keep a parenthesized import that ends with a comma exploded
 * @param fromFirst put the {@code from} lines of a section before its {@code import} lines
 * @param lengthSort order modules and names by length first
 * @param forceToTop modules (and, under isort, imported names) sorted first in their section
 * @param lexicographical under isort's force-sort-within-sections, sort {@code from a import b} as
 *     {@code a.b}
 * @param groupByPackage under isort's force-sort-within-sections, sort {@code from} lines by module
 *     only
 * @param defaultSection the section id of a module nothing else places
 * @param customSections the project's own sections (isort's {@code known_<name>}, Ruff's {@code
 *     sections} table): each id, as {@code sectionOrder} names it, with its modules
 * @param leftOutSections the sections Ruff's {@code section-order} leaves out (custom ones too, but
 *     neither {@code future} nor {@code defaultSection}), whose modules Ruff sorts into {@code
 *     defaultSection}; empty in isort's style
 * @param wrapping how isort wraps a long {@code from} import (Ruff always wraps as {@link
 *     IsortWrapping#BLACK})
 * @param requiredImports imports every non-empty module must have (I002), as written: {@code from
 *     __future__ import annotations}
 * @param detectSamePackage whether the top-level package holding a file is first party in it
 *     (Ruff's {@code detect-same-package}, on by default in Ruff style; isort has no such option)
 * @param headings isort's {@code import_heading_<section>}: the comment each section's id puts
 *     above the section, without its {@code #}
 * @param blackProfile isort's profile is {@code black}, which (from isort 5.11) puts one blank line
 *     after a stub's imports whatever {@code linesAfterImports} says, as Black formats stubs
 */
public record SorterOptions(
    ImportStyle style,
    int lineLength,
    boolean forceSingleLine,
    List<String> singleLineExclusions,
    boolean forceSortWithinSections,
    boolean orderByType,
    boolean alphabeticalNames,
    boolean caseSensitive,
    boolean combineAsImports,
    boolean forceWrapAliases,
    int linesAfterImports,
    int linesBetweenTypes,
    List<String> knownLocalFolder,
    List<String> extraStandardLibrary,
    List<String> standardLibrary,
    List<String> sectionOrder,
    List<String> noLinesBefore,
    boolean closestRelativeFirst,
    boolean splitOnTrailingComma,
    boolean fromFirst,
    boolean lengthSort,
    List<String> forceToTop,
    boolean lexicographical,
    boolean groupByPackage,
    String defaultSection,
    Map<String, List<String>> customSections,
    List<String> leftOutSections,
    IsortWrapping wrapping,
    List<String> requiredImports,
    boolean detectSamePackage,
    Map<String, String> headings,
    boolean blackProfile) {

  /** The section ids in the default order. */
  public static final List<String> SECTIONS =
      List.of("future", "standard-library", "third-party", "first-party", "local-folder");

  /** pyfix's default: isort with its black profile (magic trailing commas kept). */
  public static final SorterOptions DEFAULTS =
      new SorterOptions(
          ImportStyle.ISORT,
          0,
          false,
          List.of(),
          false,
          true,
          false,
          false,
          false,
          false,
          -1,
          0,
          List.of(),
          List.of(),
          null,
          SECTIONS,
          List.of(),
          false,
          true,
          false,
          false,
          List.of(),
          false,
          false,
          "third-party",
          Map.of(),
          List.of(),
          IsortWrapping.BLACK,
          List.of(),
          false,
          Map.of(),
          true);

  /** Copies the lists and checks the section order names every section, custom ones too, once. */
  public SorterOptions {
    singleLineExclusions = List.copyOf(singleLineExclusions);
    knownLocalFolder = List.copyOf(knownLocalFolder);
    extraStandardLibrary = List.copyOf(extraStandardLibrary);
    standardLibrary = standardLibrary == null ? null : List.copyOf(standardLibrary);
    sectionOrder = List.copyOf(sectionOrder);
    noLinesBefore = List.copyOf(noLinesBefore);
    forceToTop = List.copyOf(forceToTop);
    customSections = Map.copyOf(customSections);
    leftOutSections = List.copyOf(leftOutSections);
    requiredImports = List.copyOf(requiredImports);
    headings = Map.copyOf(headings);
    if (!sectionOrder.contains(defaultSection)) {
      throw new IllegalArgumentException("no section " + defaultSection);
    }
    if (sectionOrder.size() != SECTIONS.size() + customSections.size()
        || !sectionOrder.containsAll(SECTIONS)
        || !sectionOrder.containsAll(customSections.keySet())) {
      throw new IllegalArgumentException(
          "section order must hold each section once: " + sectionOrder);
    }
    if (!sectionOrder.containsAll(leftOutSections)
        || leftOutSections.contains("future")
        || leftOutSections.contains(defaultSection)) {
      throw new IllegalArgumentException("sections left out must be others: " + leftOutSections);
    }
    if (lineLength < 0 || linesBetweenTypes < 0 || linesAfterImports < -1) {
      throw new IllegalArgumentException("negative length or line count");
    }
  }
}
