package org.gridline.grid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling of a building's name, as {@link AddressMatcher} compares them: "幸福小区 三栋" and "幸福小区3号楼" are both
 * stored as 幸福小区3栋, with estate 幸福小区.
 */
public record BuildingName(String estate, String number) {
    private static final Pattern NAME = Pattern.compile("(.+?)([0-9]+[A-Z]?)(?:号楼|栋|幢|座|楼)");

    /** @throws IllegalArgumentException when the name is not estate + number + 栋/号楼/幢/座 */
    public static BuildingName parse(String name) {
        Matcher m = NAME.matcher(name == null ? "" : AddressText.normalize(name));
        if (!m.matches()) {
            throw new IllegalArgumentException("building name must be estate + number + 栋 (like 幸福小区3栋): " + name);
        }
        return new BuildingName(m.group(1), m.group(2));
    }

    /** The canonical name, estate + number + 栋. */
    public String canonical() {
        return estate + number + "栋";
    }
}
