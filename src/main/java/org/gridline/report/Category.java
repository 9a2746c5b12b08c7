package org.gridline.report;

import java.util.List;

/**
 * One category of the classification standard (分级分类标准). The category decides which department handles a report,
 * its level the default deadline; the phrases are how residents recognisably talk about it.
 *
 * @param code          short stable code, e.g. {@code ENV}
 * @param name          what residents and workers read, e.g. 环境卫生
 * @param keywords      single words that point at the category (score 1)
 * @param synonyms      phrases residents actually type (score 2)
 * @param level         default level, 1 = most urgent … 4
 * @param deadlineHours default handling deadline
 * @param department    code of the department that executes, see the {@code departments} section of the file
 */
public record Category(String code, String name, List<String> keywords, List<String> synonyms, int level,
                       int deadlineHours, String department) {
    public Category {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
