package org.gridline.points;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.gridline.points.LedgerFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Random sequences of awards, reservations, completions, releases, reversals, adjustments and replays over 20
 * volunteers, about a fifth of them fired in concurrent batches, against a plain in-memory model. After every sequence
 * the ledger check finds nothing and every balance equals the model's. Seeded: a failure names its seed.
 */
@QuarkusTest
class LedgerPropertyTest {
    static final int VOLUNTEERS = 20;
    static final int OPERATIONS = 300;

    @Inject
    LedgerService ledger;
    @Inject
    LedgerChecker checker;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20261129L, 7L, 424242L})
    void randomSequencesKeepTheLedgerConsistent(long seed) {
        Run run = new Run(new Random(seed));
        int done = 0;
        while (done < OPERATIONS) {
            if (run.random.nextInt(5) == 0) {
                done += run.concurrentBatch(2 + run.random.nextInt(6));
            } else {
                run.sequential(run.next(new HashSet<>()));
                done++;
            }
        }
        for (String v : run.model.volunteers) {
            assertEquals(new Balance(v, run.model.available.get(v), run.model.held.get(v)), await(ledger.balance(v)),
                    "seed " + seed + ", volunteer " + v);
        }
        LedgerCheck check = await(checker.check());
        assertEquals(0, check.violations(), "seed " + seed + ": " + check);
        assertTrue(run.successes > OPERATIONS / 3, "too few operations succeeded to mean anything: " + run.successes);
    }

    /** What the ledger should hold, kept by plain arithmetic. */
    static final class Model {
        final List<String> volunteers = new ArrayList<>();
        final Map<String, Long> available = new HashMap<>();
        final Map<String, Long> held = new HashMap<>();
        /** Open reservations: order id → (volunteer, amount). */
        final Map<String, Map.Entry<String, Long>> open = new HashMap<>();
        final Map<String, Boolean> settled = new HashMap<>();
        /** Awards and adjustments not reversed yet: transfer id → (volunteer, change of available). */
        final Map<Long, Map.Entry<String, Long>> reversible = new HashMap<>();
        /** Calls that succeeded, with the transfer they posted: a replay must get the same. */
        final List<Map.Entry<Supplier<Uni<Transfer>>, Long>> done = new ArrayList<>();

        void add(String v, long delta) {
            available.merge(v, delta, Long::sum);
        }
    }

    /**
     * One operation: the call, whether the model says it fits, what it changes, and whom it debits (for judging a
     * refusal inside a concurrent batch). A replay expects {@code replayOf} back and changes nothing.
     */
    record Op(String label, Supplier<Uni<Transfer>> call, boolean fits, Consumer<Transfer> apply, String debitor,
              long debit, Long replayOf) {
    }

    final class Run {
        final Random random;
        final Model model = new Model();
        int successes;

        Run(Random random) {
            this.random = random;
            for (int i = 0; i < VOLUNTEERS; i++) {
                String v = openid();
                model.volunteers.add(v);
                model.available.put(v, 0L);
                model.held.put(v, 0L);
            }
        }

        void sequential(Op op) {
            Outcome<Transfer> outcome = concurrently(1, i -> op.call().get()).get(0);
            assertEquals(op.fits(), outcome.ok(), () -> op.label() + " → " + outcome);
            if (outcome.ok()) {
                settle(op, outcome.value());
            } else {
                assertEquals("insufficient-points", outcome.code(), op.label());
            }
        }

        int concurrentBatch(int size) {
            Set<Object> taken = new HashSet<>();
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Op op = next(taken);
                ops.add(op);
                if (random.nextInt(4) == 0) {
                    ops.add(op); // the same request twice at once
                }
            }
            Map<String, Long> before = new HashMap<>(model.available);
            List<Outcome<Transfer>> outcomes = concurrently(ops.size(), i -> ops.get(i).call().get());
            Map<Op, Transfer> applied = new java.util.IdentityHashMap<>();
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                Outcome<Transfer> outcome = outcomes.get(i);
                if (!outcome.ok()) {
                    assertEquals("insufficient-points", outcome.code(), op.label());
                    assertRefusalPlausible(op, ops, outcomes, before);
                } else if (applied.containsKey(op)) {
                    assertEquals(applied.get(op).id(), outcome.value().id(), "one key, one transfer: " + op.label());
                } else {
                    applied.put(op, outcome.value());
                    settle(op, outcome.value());
                }
            }
            return ops.size();
        }

        /** A debit refused at once with others could not have fitted even had all other debits gone first. */
        private void assertRefusalPlausible(Op op, List<Op> ops, List<Outcome<Transfer>> outcomes,
                                            Map<String, Long> before) {
            long othersDebits = 0;
            for (int i = 0; i < ops.size(); i++) {
                if (ops.get(i) != op && outcomes.get(i).ok() && op.debitor().equals(ops.get(i).debitor())) {
                    othersDebits += ops.get(i).debit();
                }
            }
            assertTrue(op.debit() > before.get(op.debitor()) - othersDebits, op.label() + " was refused needlessly");
        }

        private void settle(Op op, Transfer transfer) {
            successes++;
            if (op.replayOf() != null) {
                assertEquals(op.replayOf(), transfer.id(), "a replay returns the original: " + op.label());
                return;
            }
            op.apply().accept(transfer);
            model.done.add(Map.entry(op.call(), transfer.id()));
        }

        /** A random operation whose target is not in {@code taken} (so one batch never settles an order twice). */
        Op next(Set<Object> taken) {
            String v = model.volunteers.get(random.nextInt(VOLUNTEERS));
            long available = model.available.get(v);
            int dice = random.nextInt(100);
            if (dice < 25) {
                String signUp = id("s");
                long points = 1 + random.nextInt(50);
                return new Op("award " + points + " to " + v, () -> ledger.award(signUp, v, "G-PROP", points), true,
                        t -> {
                            model.add(v, points);
                            model.reversible.put(t.id(), Map.entry(v, points));
                        }, v, 0, null);
            }
            if (dice < 45) {
                String order = id("o");
                long points = 1 + random.nextInt(40);
                return new Op("reserve " + points + " of " + v, () -> ledger.reserve(order, v, points),
                        available >= points, t -> {
                            model.add(v, -points);
                            model.held.merge(v, points, Long::sum);
                            model.open.put(order, Map.entry(v, points));
                        }, v, points, null);
            }
            if (dice < 60) {
                Op settle = settleOne(taken);
                if (settle != null) {
                    return settle;
                }
            }
            if (dice < 70) {
                Op reverse = reverseOne(taken);
                if (reverse != null) {
                    return reverse;
                }
            }
            if (dice < 85 || model.done.isEmpty()) {
                String request = id("r");
                long delta = random.nextBoolean() ? 1 + random.nextInt(30) : -(1 + random.nextInt(30));
                return new Op("adjust " + v + " by " + delta, () -> ledger.adjust(request, v, delta, "property test"),
                        available + delta >= 0, t -> {
                            model.add(v, delta);
                            model.reversible.put(t.id(), Map.entry(v, delta));
                        }, v, Math.max(0, -delta), null);
            }
            Map.Entry<Supplier<Uni<Transfer>>, Long> previous = model.done.get(random.nextInt(model.done.size()));
            return new Op("replay of transfer " + previous.getValue(), previous.getKey(), true, t -> {
            }, v, 0, previous.getValue());
        }

        private Op settleOne(Set<Object> taken) {
            List<String> orders = model.open.keySet().stream().filter(o -> !taken.contains(o)).sorted().toList();
            if (orders.isEmpty()) {
                return null;
            }
            String order = orders.get(random.nextInt(orders.size()));
            taken.add(order);
            Map.Entry<String, Long> reservation = model.open.get(order);
            String v = reservation.getKey();
            long points = reservation.getValue();
            boolean complete = random.nextBoolean();
            return new Op((complete ? "complete " : "release ") + order,
                    () -> complete ? ledger.redeem(order) : ledger.release(order, "expired"), true, t -> {
                        model.open.remove(order);
                        model.held.merge(v, -points, Long::sum);
                        if (!complete) {
                            model.add(v, points);
                        }
                    }, v, 0, null);
        }

        private Op reverseOne(Set<Object> taken) {
            List<Long> ids = model.reversible.keySet().stream().filter(id -> !taken.contains(id)).sorted().toList();
            if (ids.isEmpty()) {
                return null;
            }
            long transferId = ids.get(random.nextInt(ids.size()));
            taken.add(transferId);
            String v = model.reversible.get(transferId).getKey();
            long change = model.reversible.get(transferId).getValue();
            return new Op("reverse " + transferId + " (" + change + " for " + v + ")",
                    () -> ledger.reverse(transferId, "property test"), model.available.get(v) - change >= 0, t -> {
                        model.add(v, -change);
                        model.reversible.remove(transferId);
                    }, v, Math.max(0, change), null);
        }
    }
}
