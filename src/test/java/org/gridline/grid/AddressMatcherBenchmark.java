package org.gridline.grid;

import org.gridline.grid.AddressMatcher.Building;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the cost of matching a resident's sentence against a large building registry (goal: well under the 1 ms a
 * whole message may take). Run:
 * {@code java -cp "target/test-classes:target/classes" org.gridline.grid.AddressMatcherBenchmark}.
 */
public final class AddressMatcherBenchmark {
    static final String SENTENCE = "你好，我住在东方377号院小区十二栋三单元五零二，楼下的垃圾三天没人清理了";

    static List<Building> registry(int estates, int buildingsEach) {
        List<Building> registry = new ArrayList<>();
        for (int estate = 0; estate < estates; estate++) {
            for (int number = 1; number <= buildingsEach; number++) {
                registry.add(new Building("G" + estate, "东方" + estate + "号院小区" + number + "栋", null));
            }
        }
        return registry;
    }

    public static void main(String[] args) {
        AddressMatcher large = new AddressMatcher(registry(500, 20));
        int rounds = 200_000;
        for (int i = 0; i < rounds; i++) {
            large.match(SENTENCE);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            large.match(SENTENCE);
        }
        System.out.printf("address match against 10,000 buildings: %.2f µs per sentence%n",
                (System.nanoTime() - start) / 1000.0 / rounds);
    }
}
