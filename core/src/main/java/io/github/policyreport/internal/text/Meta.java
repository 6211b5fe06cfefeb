package io.github.policyreport.internal.text;

import io.github.policyreport.model.Author;
import io.github.policyreport.model.PartialDate;
import io.github.policyreport.model.Script;

import java.util.List;

/**
 * Metadata the text layer read from the page; the reference year is decided later.
 *
 * @param title     headline in the input's script, or null
 * @param published publication date at the precision given, or null
 * @param source    source outlet, or null
 * @param authors   credited people
 * @param editors   editors
 * @param regions   full official names in Simplified script
 * @param script    script of the input
 * @param delivered the date a speech or report was delivered (——2026年2月3日在…会议上), or null
 *
 * <p>Public because part of {@link Analysis}, read by the pipeline.
 */
public record Meta(String title, PartialDate published, String source, List<Author> authors, List<String> editors,
                   List<String> regions, Script script, PartialDate delivered) {

    public Meta {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        regions = List.copyOf(regions);
    }

    /** Metadata of a page that states no delivery date. */
    public Meta(String title, PartialDate published, String source, List<Author> authors, List<String> editors,
                List<String> regions, Script script) {
        this(title, published, source, authors, editors, regions, script, null);
    }
}
