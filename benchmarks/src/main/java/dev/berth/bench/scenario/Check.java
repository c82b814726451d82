package dev.berth.bench.scenario;

/** Checks a contender's result after an iteration, so that a fast wrong answer cannot win. */
final class Check {

    private Check() {
    }

    static void equal(String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            String shown = String.valueOf(actual);
            throw new IllegalStateException(what + ": expected " + expected + " but got "
                    + (shown.length() > 200 ? shown.substring(0, 200) + "... (" + shown.length() + " chars)" : shown));
        }
    }
}
