package io.github.policyreport.model;

import java.util.Objects;

/**
 * A person credited with a report. Editors (责任编辑) are not authors; see
 * {@link ReportMetadata#editors()}.
 *
 * @param name the name as written
 * @param role how the page credits them
 */
public record Author(String name, Role role) {

    /** Validates a non-blank name. */
    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank author name");
        }
    }

    /** How a page credits a person: 作者/文, 记者, 通讯员, 图/摄. */
    public enum Role { AUTHOR, REPORTER, CORRESPONDENT, PHOTOGRAPHER }
}
