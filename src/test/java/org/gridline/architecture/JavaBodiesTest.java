package org.gridline.architecture;

import org.gridline.architecture.JavaBodies.Body;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scanner behind {@link SourceSizeTest}, on small sources whose bodies are known. */
class JavaBodiesTest {
    @Test
    void methodsAndConstructorsFromTheirOpeningToTheirClosingBrace() {
        String source = """
                class A {
                    private final int x;

                    A(int x) {
                        this.x = x;
                    }

                    public <T> java.util.List<T> twice(T t)
                            throws java.io.IOException, IllegalStateException {
                        return java.util.List.of(t, t);
                    }

                    abstract void none();
                }
                """;
        assertEquals(List.of(new Body("A", 4, 6), new Body("twice", 9, 11)), JavaBodies.of(source));
    }

    @Test
    void aLambdaCountsTowardsItsMethodAndIsNoBodyOfItsOwn() {
        String source = """
                class A {
                    void run(java.util.List<String> l) {
                        l.forEach(s -> {
                            System.out.println(s);
                        });
                        Runnable r = () -> { };
                    }
                }
                """;
        assertEquals(List.of(new Body("run", 2, 7)), JavaBodies.of(source));
    }

    @Test
    void anAnonymousClassCountsTowardsItsMethodAndItsOwnMethodsAreBodies() {
        String source = """
                class A {
                    Runnable make() {
                        return new Runnable() {
                            @Override
                            public void run() {
                                System.out.println("run");
                            }
                        };
                    }

                    Object other() {
                        return new java.util.ArrayList<String>() {
                        };
                    }
                }
                """;
        assertEquals(List.of(new Body("run", 5, 7), new Body("make", 2, 9), new Body("other", 11, 14)),
                JavaBodies.of(source));
    }

    @Test
    void bracesInStringsTextBlocksCharactersAndCommentsAreSkipped() {
        String source = """
                class A {
                    String f() {
                        char open = '{';
                        char quote = '\\'';
                        String s = "}\\"}";
                        // }
                        /* } { */
                        String block = \"""
                                } \\\""" {
                                \""";
                        return s + block;
                    }

                    void g() {
                    }
                }
                """;
        assertEquals(List.of(new Body("f", 2, 12), new Body("g", 14, 15)), JavaBodies.of(source));
    }

    @Test
    void blocksOfStatementsClassesAndInitialisersAreNoBodies() {
        String source = """
                @SuppressWarnings("x")
                class A extends B implements C, D {
                    static final int[] N = new int[] {1, 2};

                    static {
                        System.out.println();
                    }

                    record R(int a) implements C {
                        public R {
                            if (a < 0) {
                                throw new IllegalArgumentException();
                            }
                        }
                    }

                    enum E { X, Y }

                    int h(int a) {
                        for (int i = 0; i < a; i++) {
                            synchronized (this) {
                                try (var r = open()) {
                                    switch (a) {
                                        case 1 -> {
                                        }
                                        default -> {
                                        }
                                    }
                                } catch (Exception e) {
                                } finally {
                                }
                            }
                        }
                        while (a > 0) {
                            a--;
                        }
                        do {
                        } while (false);
                        return a;
                    }
                }
                """;
        assertEquals(List.of(new Body("R", 10, 14), new Body("h", 19, 40)), JavaBodies.of(source));
    }
}
