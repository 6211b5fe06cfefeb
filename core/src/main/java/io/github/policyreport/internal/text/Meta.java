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
 */
public record Meta(String title, PartialDate published, String source, List<Author> authors, List<String> editors,
                   List<String> regions, Script script) {

    public Meta {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        regions = List.copyOf(regions);
    }
}
