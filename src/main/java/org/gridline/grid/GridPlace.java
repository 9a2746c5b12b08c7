package org.gridline.grid;

/** Where a grid lies, by name: the grid, its community (社区) and its street (街道). */
public record GridPlace(String code, String name, String community, String street) {
}
