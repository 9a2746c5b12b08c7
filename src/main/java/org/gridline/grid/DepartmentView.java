package org.gridline.grid;

import java.util.List;

/** A department and the openids that receive its orders. */
public record DepartmentView(String code, String name, List<String> contactOpenids) {
    static DepartmentView of(Department d) {
        return new DepartmentView(d.code, d.name, JsonColumns.list(d.contactOpenids));
    }
}
