package org.rogatory;

import org.rogatory.cli.RogatoryCommand;
import picocli.CommandLine;

/** The one program: {@code rogatory <command>}. Server commands start Spring; the others do not. */
public final class Rogatory {

    private Rogatory() {
    }

    public static void main(String[] args) {
        int exit = RogatoryCommand.commandLine().execute(args);
        if (exit != RogatoryCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
