package io.github.policyreport.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report says about itself.
 *
 * @param title         the headline in the input's own script, or {@code null}
 * @param published     when it was published, at the precision the page gives, or {@code null}
 * @param source        the outlet named as 来源/来自 (the original source), or {@code null}
 * @param authors       the people credited (作者, 文/, 记者, 通讯员, 图/摄)
 * @param editors       the editors (责任编辑, 编辑), never counted as authors
 * @param regions       the administrative regions the report is about, full official names in
 *                      Simplified script (西安市, 陕西省, 西咸新区)
 * @param referenceYear the year that 今年 means in the body, or {@code null} when neither the page
 *                      nor the caller gives a date
 * @param script        the script of the input
 * @param delivered     when a speech or report printed on the page was delivered (the date of
 *                      ——2026年2月3日在…会议上 under its title), or {@code null}; never the publication date
 */
public record ReportMetadata(String title, PartialDate published, String source, List<Author> authors,
                             List<String> editors, List<String> regions, Integer referenceYear, Script script,
                             PartialDate delivered) {

    /** Metadata of a page that states no delivery date. */
    public ReportMetadata(String title, PartialDate published, String source, List<Author> authors,
                          List<String> editors, List<String> regions, Integer referenceYear, Script script) {
        this(title, published, source, authors, editors, regions, referenceYear, script, null);
    }

    /** Copies the lists and validates non-null parts. */
    public ReportMetadata {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        regions = List.copyOf(regions);
        Objects.requireNonNull(script, "script");
        if (referenceYear != null && (referenceYear < 1 || referenceYear > 9999)) {
            throw new IllegalArgumentException("reference year out of range: " + referenceYear);
        }
        if (title != null && title.isBlank()) {
            title = null;
        }
        if (source != null && source.isBlank()) {
            source = null;
        }
    }

    /** The title, if recognised. */
    public Optional<String> titleOptional() {
        return Optional.ofNullable(title);
    }

    /** The publication date, if the page gives one. */
    public Optional<PartialDate> publishedOptional() {
        return Optional.ofNullable(published);
    }

    /** The delivery date of a speech or report, if the page states one. */
    public Optional<PartialDate> deliveredOptional() {
        return Optional.ofNullable(delivered);
    }

    /** The source outlet, if the page names one. */
    public Optional<String> sourceOptional() {
        return Optional.ofNullable(source);
    }

    /** The reference year, if known. */
    public Optional<Integer> referenceYearOptional() {
        return Optional.ofNullable(referenceYear);
    }

    /** The authors' names in page order. */
    public List<String> authorNames() {
        return authors.stream().map(Author::name).toList();
    }
}
