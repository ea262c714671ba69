package io.jenkins.plugins.lynchybrid.bench;

import java.util.Arrays;

/** {@code java -jar lync-hybrid-bench.jar <bench> [args]}: runs one benchmark against the simulator. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        String bench = args.length == 0 ? "" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        switch (bench) {
            case "readiness" -> ReadinessBench.main(rest);
            case "moves" -> MovesBench.main(rest);
            case "move-tails" -> MoveTailsBench.main(rest);
            case "moves-process" -> MovesProcessBench.main(rest);
            default -> {
                System.err.println(
                        "usage: java -jar lync-hybrid-bench.jar readiness|moves|move-tails [first-move]|moves-process");
                System.exit(2);
            }
        }
    }
}
