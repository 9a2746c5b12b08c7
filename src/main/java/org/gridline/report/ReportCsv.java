package org.gridline.report;

import org.gridline.grid.GridPlace;
import org.gridline.platform.time.ClockProducer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of the report export (one line per report, as {@link CsvFormat} writes them): number, category code and
 * name, grid code and name, community, street, channel, status, level, the times it was filed, dispatched, accepted,
 * resolved, closed and cancelled, the deadline, overdue (as of the export), assignee, department, rating, latitude,
 * longitude and the description.
 *
 * @param words       the header's words and 是 / 否 (from templates, see {@link ReportExport})
 * @param places      each grid's names, by code
 * @param people      each assignee's name, by openid (the openid when missing)
 * @param categories  a category's name, by code
 * @param departments a department's name, by code (the code when missing)
 * @param now         the moment overdue is judged at
 */
public record ReportCsv(Words words, Map<String, GridPlace> places, Map<String, String> people,
                        Function<String, String> categories, Map<String, String> departments, Instant now) {
    /** The number of columns. */
    public static final int COLUMNS = 24;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What the file says in words: the column names, in order, and the overdue column's yes and no. */
    public record Words(List<String> columns, String yes, String no) {
        public Words {
            if (columns.size() != COLUMNS) {
                throw new IllegalArgumentException("the export has " + COLUMNS + " columns, not " + columns.size());
            }
            columns = List.copyOf(columns);
        }
    }

    /** The first line, after the byte order mark. */
    public String header() {
        return CsvFormat.BOM + CsvFormat.line(words.columns().stream().map(CsvFormat::text).toList());
    }

    /** One report's line. */
    public String line(ExportRow r) {
        GridPlace place = r.grid() == null ? null : places.get(r.grid());
        boolean overdue = Overdue.at(now, r.status(), r.deadline(), r.suspendedAt());
        return CsvFormat.line(List.of(CsvFormat.plain(r.number()), CsvFormat.plain(r.category()),
                CsvFormat.text(categories.apply(r.category())), CsvFormat.plain(r.grid()),
                CsvFormat.text(place == null ? null : place.name()),
                CsvFormat.text(place == null ? null : place.community()),
                CsvFormat.text(place == null ? null : place.street()), CsvFormat.plain(ReportSearch.CHAT),
                CsvFormat.plain(r.status().label()), CsvFormat.plain(String.valueOf(r.level())),
                time(r.filedAt()), time(r.dispatchedAt()), time(r.acceptedAt()), time(r.resolvedAt()),
                time(r.closedAt()), time(r.cancelledAt()), time(r.deadline()),
                CsvFormat.text(overdue ? words.yes() : words.no()),
                CsvFormat.text(r.assignee() == null ? null : people.getOrDefault(r.assignee(), r.assignee())),
                CsvFormat.text(r.department() == null ? null : departments.getOrDefault(r.department(),
                        r.department())),
                CsvFormat.plain(r.rating() == null ? null : r.rating().label()), number(r.latitude()),
                number(r.longitude()), CsvFormat.text(r.description())));
    }

    private static String time(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(ClockProducer.ZONE));
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }
}
