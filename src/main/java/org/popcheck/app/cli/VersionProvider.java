package org.popcheck.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar's manifest, so it is never written twice. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = PopCheckCommand.class.getPackage().getImplementationVersion();
        return new String[] {"PopCheck " + (v == null ? "development build" : v)};
    }
}
